/**
 * Why: pages, API routes and the CLI show jobs as plain JSON; this is the only place that knows how BullMQ
 * fields map to what an admin sees (including the "cancelled" state BullMQ does not have).
 */
import { env } from '../env';
import { CANCELLED_REASON, isCancelRequested } from './cancel-requests';
import { getSyncQueue } from './queue';
import type { SyncJob, SyncJobState, SyncJobView, SyncProgress } from './types';

export function viewState(state: SyncJobState, failedReason: string | null | undefined, cancelRequested: boolean): SyncJobState {
  if (state === 'failed' && failedReason === CANCELLED_REASON) return 'cancelled';
  if (cancelRequested && (state === 'waiting' || state === 'delayed' || state === 'prioritized')) return 'cancelled';
  return state;
}

const FINAL_STATES: SyncJobState[] = ['failed', 'cancelled'];

/** The message line of each recorded attempt error, without the final failure itself. */
function earlierErrors(job: SyncJob, state: SyncJobState): string[] {
  const messages = (job.stacktrace ?? []).map((stack) => stack.split('\n')[0].replace(/^\w*Error: /, ''));
  return FINAL_STATES.includes(state) ? messages.slice(0, -1) : messages;
}

function isProgress(value: unknown): value is SyncProgress {
  return typeof value === 'object' && value !== null && 'copied' in value && 'total' in value;
}

export function serializeSyncJob(job: SyncJob, state: SyncJobState, cancelRequested: boolean, logs: string[] = []): SyncJobView {
  const shown = viewState(state, job.failedReason, cancelRequested);
  return {
    id: String(job.id),
    spec: job.data.spec,
    state: shown,
    cancelRequested,
    attempts: { made: job.attemptsMade, started: job.attemptsStarted, max: job.opts.attempts ?? 1, stalled: job.stalledCounter ?? 0 },
    checkpoint: job.data.checkpoint ?? null,
    progress: isProgress(job.progress) ? job.progress : null,
    queuedBy: job.data.queuedBy,
    timestamps: { queuedAt: job.timestamp, startedAt: job.data.firstStartedAt ?? job.processedOn ?? null, finishedAt: job.finishedOn ?? null },
    failedReason: (FINAL_STATES.includes(shown) && job.failedReason) || null,
    earlierErrors: earlierErrors(job, shown),
    stacktrace: env.NODE_ENV === 'production' || !job.stacktrace?.length ? null : job.stacktrace,
    result: job.returnvalue ?? null,
    logs,
  };
}

export async function loadSyncJobView(job: SyncJob, { withLogs = true } = {}): Promise<SyncJobView> {
  const queue = getSyncQueue();
  const client = await queue.backend.client;
  const id = String(job.id);
  const [state, cancelRequested, logs] = await Promise.all([
    job.getState(),
    isCancelRequested(client, job),
    withLogs ? queue.getJobLogs(id).then((l) => l.logs) : Promise.resolve([]),
  ]);
  // The job was read before its state: if it finished in between, read it again so the view has its result.
  const current = (state === 'completed' || state === 'failed') && !job.finishedOn ? ((await queue.getJob(id)) ?? job) : job;
  return serializeSyncJob(current, state, cancelRequested, logs);
}
