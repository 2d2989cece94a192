/**
 * Why: everything the admin page learns about a running job goes through here: the checkpoint in job data
 * (only ever moving forward), progress with rate and ETA, and human log lines.
 */
import type { SyncJob, SyncProgress } from '../lib/queue/types';
import type { Checkpoint, SyncStart } from '../lib/sync/types';
import { afterCheckpointHook, beforeCheckpointHook } from './test-hooks';

function isForward(previous: Checkpoint | undefined, next: Checkpoint): boolean {
  if (!previous) return true;
  if (previous.phase === 'delete' && next.phase !== 'delete') return false;
  return next.copied >= previous.copied && (next.deleted ?? 0) >= (previous.deleted ?? 0);
}

export class JobReporter {
  private selected = 0;
  private copied = 0;
  private copiedAtStart = 0;
  private finished = false;
  private readonly startedAt = Date.now();

  constructor(private readonly job: SyncJob) {}

  async start({ resumedFrom }: SyncStart): Promise<void> {
    this.copied = this.copiedAtStart = resumedFrom?.copied ?? 0;
    const { source, target, mode } = this.job.data.spec;
    const from = resumedFrom?.lastId ? `resuming after _id ${resumedFrom.lastId} (${resumedFrom.copied} done)` : 'starting';
    await this.log(`${from}: ${mode} ${source.db}.${source.collection} -> ${target.db}.${target.collection}`);
    await this.job.updateProgress(this.progress());
  }

  async total(total: number): Promise<void> {
    this.selected = total;
    await this.log(`${total} document(s) selected`);
    await this.job.updateProgress(this.progress());
  }

  async checkpoint(next: Checkpoint): Promise<void> {
    beforeCheckpointHook();
    if (isForward(this.job.data.checkpoint, next)) {
      await this.job.updateData({ ...this.job.data, checkpoint: next });
      this.copied = next.copied;
      await this.job.updateProgress(this.progress());
    }
    await afterCheckpointHook();
  }

  /** The job completed: the bar shows 100 % even when duplicates were not inserted. */
  async finish(): Promise<void> {
    this.finished = true;
    await this.job.updateProgress(this.progress());
  }

  log(line: string): Promise<number> {
    return this.job.log(`${new Date().toISOString()} ${line}`);
  }

  private progress(): SyncProgress {
    const { copied } = this;
    const seconds = (Date.now() - this.startedAt) / 1000;
    const docsPerSec = seconds > 0 ? Math.round((copied - this.copiedAtStart) / seconds) : 0;
    const total = Math.max(this.selected, copied);
    const percent = this.finished ? 100 : total === 0 ? 0 : Math.floor((copied / total) * 1000) / 10;
    const etaSeconds = docsPerSec > 0 && this.selected ? Math.ceil((total - copied) / docsPerSec) : null;
    return { copied, total, percent, docsPerSec, etaSeconds };
  }
}
