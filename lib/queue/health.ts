/**
 * Why: the technician console's queue panel: job counts per state, how long the oldest waiting job has waited,
 * and the workers connected right now with their last sign of life (BullMQ lists them from Redis CLIENT LIST;
 * `idle` is the seconds since the worker last talked to Redis).
 */
import { failFast } from './errors';
import { getSyncQueue } from './queue';

export type WorkerInfo = { name: string; addr: string; ageSeconds: number; lastSeenAt: number };
export type QueueHealth = {
  counts: { waiting: number; active: number; delayed: number; failed: number; completed: number };
  oldestWaitingSince: number | null;
  workers: WorkerInfo[];
  schedulers: number;
};

export async function queueHealth(): Promise<QueueHealth> {
  return failFast(async () => {
    const queue = getSyncQueue();
    const [counts, oldest, workers, schedulers] = await Promise.all([
      queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'),
      queue.getJobs(['waiting', 'prioritized'], 0, 0, true),
      queue.getWorkers(),
      queue.getJobSchedulersCount(),
    ]);
    const now = Date.now();
    return {
      counts: {
        waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
        completed: counts.completed ?? 0,
      },
      oldestWaitingSince: oldest.find(Boolean)?.timestamp ?? null,
      workers: workers.map((w) => ({ name: w.name ?? '', addr: w.addr ?? '', ageSeconds: Number(w.age ?? 0), lastSeenAt: now - Number(w.idle ?? 0) * 1000 })),
      schedulers,
    };
  });
}
