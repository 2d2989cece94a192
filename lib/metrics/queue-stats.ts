/**
 * Why: per-queue depth for the metrics route, read with BullMQ's own getters (the same ones its
 * `exportPrometheusMetrics` uses: getJobCounts and getMetrics). That exporter is not used as is: it writes
 * HELP/TYPE lines per queue, so three queues in one answer would repeat a metric family, which Prometheus refuses.
 */
import type { Queue } from 'bullmq';
import { getRollupsQueue } from '../analytics/rollups-queue';
import { getEmailQueue } from '../mail/queue';
import { failFast } from '../queue/errors';
import { getSyncQueue } from '../queue/queue';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

export type QueueStats = {
  queue: string;
  counts: Record<(typeof JOB_STATES)[number], number>;
  oldestWaitingSeconds: number;
  completedTotal: number;
  failedTotal: number;
};

const QUEUES: (() => Queue)[] = [getSyncQueue, getEmailQueue, getRollupsQueue] as (() => Queue)[];

async function statsOf(queue: Queue, now: number): Promise<QueueStats> {
  const [counts, oldest, completed, failed] = await Promise.all([
    queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
    queue.getJobs(['waiting', 'prioritized'], 0, 0, true),
    queue.getMetrics('completed', 0, 0),
    queue.getMetrics('failed', 0, 0),
  ]);
  const since = oldest.find(Boolean)?.timestamp;
  return {
    queue: queue.name,
    counts: {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
    },
    oldestWaitingSeconds: since ? Math.max(0, (now - since) / 1000) : 0,
    completedTotal: completed.meta.count,
    failedTotal: failed.meta.count,
  };
}

export async function queueStats(now = Date.now()): Promise<QueueStats[]> {
  return failFast(() => Promise.all(QUEUES.map((queue) => statsOf(queue(), now))));
}
