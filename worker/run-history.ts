/**
 * Why: the worker, not the engine, writes the run history (lib/runs/lifecycle.ts): a row opens when an attempt
 * starts and closes with its outcome. A scheduled job whose overlap policy is "skip" does not start while
 * another run of the same source -> target is unfinished; it is recorded as a skipped run instead.
 */
import { UnrecoverableError, WaitingError } from 'bullmq';
import { log } from '../lib/log';
import { CANCELLED_REASON } from '../lib/queue/cancel-requests';
import { findConflictingJob, pairKey } from '../lib/queue/producer';
import type { SyncJob, SyncJobResult } from '../lib/queue/types';
import { finishRun, recordSkipped, startRun } from '../lib/runs/lifecycle';

type Processor = (job: SyncJob, token?: string) => Promise<SyncJobResult>;

const SKIPPED: Omit<SyncJobResult, 'skipped'> = {
  copied: 0,
  deleted: 0,
  duplicates: 0,
  duplicateIds: [],
  durationMs: 0,
  watermark: null,
  verification: null,
  mongoCommands: 0,
  maxRssMb: 0,
};

export function withRunHistory(processor: Processor, maxAttempts: (job: SyncJob) => number): Processor {
  return async (job, token) => {
    if (job.data.overlap === 'skip') {
      const other = await findConflictingJob(job.data, String(job.id));
      if (other) {
        const reason = `skipped: run ${other.id} of ${pairKey(job.data)} was still unfinished (overlap policy "skip")`;
        await recordSkipped(job, reason);
        await job.log(reason);
        return { ...SKIPPED, skipped: reason };
      }
    }
    // The history must never stop a copy: if MySQL cannot be written, the job runs and the gap is logged.
    const runId = await startRun(job).catch((error: unknown) => {
      log.error({ jobId: job.id, err: error }, 'run history not written');
      return null;
    });
    const finish = (outcome: Parameters<typeof finishRun>[1]) =>
      runId === null
        ? Promise.resolve()
        : finishRun(runId, outcome).catch((error: unknown) => log.error({ jobId: job.id, runId, err: error }, 'run outcome not written'));
    try {
      const result = await processor(job, token);
      await finish({ state: 'completed', result });
      return result;
    } catch (error) {
      const copied = job.data.checkpoint?.copied;
      const deleted = job.data.checkpoint?.deleted;
      const message = (error as Error).message ?? String(error);
      if (error instanceof WaitingError)
        await finish({ state: 'interrupted', error: 'the worker shut down; the job went back to the queue at its checkpoint', copied, deleted });
      else if (message === CANCELLED_REASON) await finish({ state: 'cancelled', error: message, copied, deleted });
      else {
        const last = error instanceof UnrecoverableError || job.attemptsMade + 1 >= maxAttempts(job);
        await finish({
          state: 'failed',
          error: last ? message : `${message} (attempt ${job.attemptsMade + 1} of ${maxAttempts(job)}; retrying with backoff)`,
          copied,
          deleted,
        });
      }
      throw error;
    }
  };
}
