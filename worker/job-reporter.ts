/**
 * Why: everything the admin page learns about a running job goes through here: the checkpoint in job data
 * (only ever moving forward), progress with rate and ETA, and human log lines. Each write is made only while
 * this processing still holds the job's lock (owned-writes.ts); once it has lost it, the reporter stays silent
 * and says so through `lost`, so the processor stops at the next batch boundary.
 */
import type { SyncJob, SyncJobData, SyncProgress } from '../lib/queue/types';
import { formatInstant } from '../lib/format-time';
import type { Checkpoint, CheckpointKind, SyncStart } from '../lib/sync/types';
import { afterCheckpoint, beforeCheckpoint } from './batch-observers';
import type { OwnedJobWrites, WriteOutcome } from './owned-writes';

export class JobReporter {
  /** Documents selected, once known (null: the server could not say without a scan). */
  private selected: number | null = null;
  private copied = 0;
  private copiedAtStart = 0;
  private finished = false;
  private lostLock = false;
  private readonly startedAt = Date.now();

  constructor(
    private readonly job: SyncJob,
    private readonly token: string,
    private readonly writes: OwnedJobWrites,
  ) {}

  /** True once a write found the job's lock held by another processing (or by none). */
  get lost(): boolean {
    return this.lostLock;
  }

  /** When the job's first attempt started (kept in job data so durations cover every attempt). */
  get firstStartedAt(): number {
    return this.job.data.firstStartedAt ?? this.startedAt;
  }

  async start({ resumedFrom }: SyncStart): Promise<void> {
    this.copied = this.copiedAtStart = resumedFrom?.copied ?? 0;
    if (this.job.data.firstStartedAt === undefined) await this.saveData({ ...this.job.data, firstStartedAt: this.startedAt });
    const { source, target, mode } = this.job.data.spec;
    const from = resumedFrom?.lastId ? `resuming after _id ${resumedFrom.lastId} (${resumedFrom.copied} done)` : 'starting';
    await this.log(`${from}: ${mode} ${source.db}.${source.collection} -> ${target.db}.${target.collection}`);
    await this.updateProgress();
  }

  async total(total: number): Promise<void> {
    this.selected = total;
    await this.log(`${total} document(s) selected`);
    await this.updateProgress();
  }

  /** Saves a checkpoint; batch observers (batch-observers.ts) see batch boundaries only, not the index phase's. */
  async checkpoint(next: Checkpoint, kind: CheckpointKind): Promise<void> {
    const boundary = kind === 'batch' ? { jobId: String(this.job.id), token: this.token, checkpoint: next } : null;
    if (boundary) beforeCheckpoint(boundary);
    if ((await this.saveData({ ...this.job.data, checkpoint: next })) === 'written') {
      this.copied = next.copied;
      await this.updateProgress();
    }
    if (boundary) await afterCheckpoint(boundary);
  }

  /** The job completed: the bar shows 100 % even when duplicates were not inserted. */
  async finish(): Promise<void> {
    this.finished = true;
    await this.updateProgress();
  }

  async log(line: string): Promise<void> {
    await this.write(() => this.writes.log(`${formatInstant(new Date())} ${line}`));
  }

  private async saveData(data: SyncJobData): Promise<WriteOutcome> {
    const outcome = await this.write(() => this.writes.data(data));
    if (outcome === 'written') this.job.data = data;
    return outcome;
  }

  private async updateProgress(): Promise<void> {
    const progress = this.progress();
    if ((await this.write(() => this.writes.progress(progress))) === 'written') this.job.progress = progress;
  }

  private async write(operation: () => Promise<WriteOutcome>): Promise<WriteOutcome> {
    if (this.lostLock) return 'lost';
    const outcome = await operation();
    if (outcome === 'lost') this.lostLock = true;
    return outcome;
  }

  private progress(): SyncProgress {
    const { copied } = this;
    const seconds = (Date.now() - this.startedAt) / 1000;
    const docsPerSec = seconds > 0 ? Math.round((copied - this.copiedAtStart) / seconds) : 0;
    // Without a known selection, the total is known only once the job has finished.
    const total = this.selected === null ? (this.finished ? copied : null) : Math.max(this.selected, copied);
    const percent = this.finished ? 100 : total === null ? null : total === 0 ? 0 : Math.floor((copied / total) * 1000) / 10;
    const etaSeconds = docsPerSec > 0 && total !== null && this.selected ? Math.ceil((total - copied) / docsPerSec) : null;
    return { copied, total, percent, docsPerSec, etaSeconds };
  }
}
