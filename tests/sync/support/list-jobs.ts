/**
 * Why: the queue tests read BullMQ's own view of the jobs — newest first, filtered by the state an admin sees
 * ("cancelled" included), with a total — to check what the queue commands did, independent of the run history
 * in MySQL that the pages read.
 */
import { cancelRequestedFor } from '@/lib/queue/cancel-requests';
import { failFast } from '@/lib/queue/errors';
import { getSyncQueue } from '@/lib/queue/queue';
import type { ListableState, SyncJobState, SyncJobView } from '@/lib/queue/types';
import { serializeSyncJob } from '@/lib/queue/view';

const ALL_TYPES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;

export type SyncJobList = { jobs: SyncJobView[]; total: number; page: number; pageSize: number };

export async function listSyncJobs({ state, page = 1, pageSize = 20 }: { state?: ListableState; page?: number; pageSize?: number }): Promise<SyncJobList> {
  return failFast(async () => {
    const queue = getSyncQueue();
    const client = await queue.backend.client;
    const types = ALL_TYPES.filter(
      (type) =>
        !state ||
        type === state ||
        (state === 'cancelled' && ['failed', 'waiting', 'delayed', 'prioritized'].includes(type)) ||
        (state === 'waiting' && type === 'prioritized'),
    );
    const byType = await Promise.all(
      types.map(async (type) => (await queue.getJobs(type)).filter(Boolean).map((job) => ({ job, state: type as SyncJobState }))),
    );
    const entries = byType.flat();
    const cancelled = await cancelRequestedFor(
      client,
      entries.map((e) => e.job),
    );
    const views = entries.map(({ job, state: s }, i) => serializeSyncJob(job, s, cancelled[i]));
    const matching = views.filter((view) => !state || view.state === state || (state === 'waiting' && view.state === 'prioritized'));
    matching.sort((a, b) => Number(b.id) - Number(a.id));
    const start = (Math.max(1, page) - 1) * pageSize;
    return { jobs: matching.slice(start, start + pageSize), total: matching.length, page: Math.max(1, page), pageSize };
  });
}
