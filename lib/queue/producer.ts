/**
 * Why: the typed front door to the sync queue, shared by the admin page and the `sync` CLI. The spec is parsed
 * again here (the one SyncSpec schema), and a second sync of the same source -> target is refused while one is
 * queued or running, under a short Redis lock so two admins clicking at once cannot both get through.
 */
import { formatNamespace, syncSpecSchema, type SyncSpecInput } from '../validation/sync';
import { isCancelRequested } from './cancel-requests';
import { appKey, SYNC_JOB_NAME } from './connection';
import { AppError } from '../errors';
import { failFast } from './errors';
import { getSyncQueue } from './queue';
import type { QueuedBy, SyncJob, SyncJobData } from './types';

export const SYNC_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 1_000 },
  removeOnFail: { count: 1_000 },
  keepLogs: 500,
} as const;

export function pairKey(data: Pick<SyncJobData, 'spec'>): string {
  return `${formatNamespace(data.spec.source)} -> ${formatNamespace(data.spec.target)}`;
}

export function alreadyQueuedMessage(data: Pick<SyncJobData, 'spec'>): string {
  return `a sync from ${formatNamespace(data.spec.source)} to ${formatNamespace(data.spec.target)} is already queued`;
}

/** Another unfinished job for the same source -> target (cancel-requested ones and schedules' next iterations do not count). */
export async function findConflictingJob(data: Pick<SyncJobData, 'spec'>, exceptId?: string): Promise<SyncJob | undefined> {
  const queue = getSyncQueue();
  const client = await queue.backend.client;
  const [ready, delayed] = await Promise.all([queue.getJobs(['waiting', 'active', 'prioritized']), queue.getJobs(['delayed'])]);
  // A job scheduler's next iteration waits as a delayed job: it is not a run that is already queued.
  const jobs = [...ready, ...delayed.filter((job) => !job?.repeatJobKey)];
  for (const job of jobs) {
    if (!job?.data?.spec || String(job.id) === exceptId || pairKey(job.data) !== pairKey(data)) continue;
    if (!(await isCancelRequested(client, job))) return job;
  }
  return undefined;
}

/** Runs `fn` while holding the pair's enqueue lock; refuses with 409 when a conflicting job exists. */
export async function withPairLock<T>(data: Pick<SyncJobData, 'spec'>, exceptId: string | undefined, fn: () => Promise<T>): Promise<T> {
  const client = await getSyncQueue().backend.client;
  const lockKey = appKey('enqueue-lock', pairKey(data));
  const token = `${process.pid}-${Date.now()}-${Math.random()}`;
  for (let tries = 0; (await client.runCommand('set', [lockKey, token, 'PX', '5000', 'NX'])) !== 'OK'; tries += 1) {
    if (tries > 50) throw new AppError('CONFLICT', alreadyQueuedMessage(data));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  try {
    if (await findConflictingJob(data, exceptId)) throw new AppError('CONFLICT', alreadyQueuedMessage(data));
    return await fn();
  } finally {
    if ((await client.get(lockKey)) === token) await client.del(lockKey);
  }
}

export async function enqueueSync(spec: SyncSpecInput, queuedBy: QueuedBy, extra: Pick<SyncJobData, 'origin' | 'scheduleId'> = {}): Promise<string> {
  const parsed = syncSpecSchema.safeParse(spec);
  if (!parsed.success) throw new AppError('BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
  const data: SyncJobData = { spec: parsed.data, queuedBy, ...extra };
  return failFast(() =>
    withPairLock(data, undefined, async () => {
      const job = await getSyncQueue().add(SYNC_JOB_NAME, data, SYNC_JOB_OPTIONS);
      return String(job.id);
    }),
  );
}

/** Numeric ids from Queue.add, `repeat:<scheduler>:<time>` from job schedulers. */
export const JOB_ID = /^[\w:.-]{1,200}$/;

export async function getSyncJobOrThrow(id: string): Promise<SyncJob> {
  const job = JOB_ID.test(id) ? await failFast(() => getSyncQueue().getJob(id)) : undefined;
  if (!job) throw new AppError('NOT_FOUND', `sync job ${id} was not found (it may have been removed)`);
  return job;
}
