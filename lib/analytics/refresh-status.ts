/**
 * Why: "Refresh figures" queues a job the worker runs seconds later; the page follows it through this status
 * (queued, computing, done) instead of asking the user to reload and guess.
 */
import { max } from 'drizzle-orm';
import { db } from '../db';
import { analyticsRollups } from '../db/schema';
import { getRollupsQueue } from './rollups-queue';

/** `computedAt`: when the stored figures were computed (epoch ms); `pending`: a computation still to finish. */
export type RefreshStatus = { computedAt: number | null; pending: 'queued' | 'computing' | null };

export async function refreshStatus(): Promise<RefreshStatus> {
  const queue = getRollupsQueue();
  const [[row], counts, delayed] = await Promise.all([
    db.select({ at: max(analyticsRollups.computedAt) }).from(analyticsRollups),
    queue.getJobCounts('active', 'waiting', 'prioritized'),
    queue.getJobs(['delayed']),
  ]);
  // The schedule's next iteration always waits as a delayed job: only a retry's backoff counts as pending.
  const waiting = counts.waiting + counts.prioritized + delayed.filter((job) => job && !job.repeatJobKey).length;
  return { computedAt: row?.at ? new Date(row.at).getTime() : null, pending: counts.active > 0 ? 'computing' : waiting > 0 ? 'queued' : null };
}
