/**
 * Why: seeding, import, the schedule and "Refresh figures" all ask for the same thing — recompute the management
 * figures — through one BullMQ queue. Requests collapse into one job (deduplication), and one that arrives while
 * a computation runs is kept for right after it, so figures always end up computed from the latest data.
 */
import { Queue } from 'bullmq';
import { producerConnection, queuePrefix } from '../queue/connection';

export const ROLLUPS_QUEUE_NAME = 'rollups';
export const ROLLUPS_SCHEDULER_ID = 'rollups-schedule';
export type RollupsJobData = { reason: 'seed' | 'import' | 'schedule' | 'refresh' | 'start'; requestedBy?: number };

const globalForQueue = globalThis as typeof globalThis & { syncPortalRollupsQueue?: Queue<RollupsJobData> };

export function getRollupsQueue(): Queue<RollupsJobData> {
  if (!globalForQueue.syncPortalRollupsQueue) {
    const queue = new Queue<RollupsJobData>(ROLLUPS_QUEUE_NAME, { connection: producerConnection(), prefix: queuePrefix() });
    queue.on('error', () => undefined);
    globalForQueue.syncPortalRollupsQueue = queue;
  }
  return globalForQueue.syncPortalRollupsQueue;
}

export const ROLLUPS_JOB_OPTIONS = {
  deduplication: { id: 'rollups', keepLastIfActive: true },
  removeOnComplete: 50,
  removeOnFail: 50,
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
} as const;

export async function enqueueRollups(data: RollupsJobData): Promise<void> {
  await getRollupsQueue().add('rollups', data, ROLLUPS_JOB_OPTIONS);
}

export async function closeRollupsQueue(): Promise<void> {
  const queue = globalForQueue.syncPortalRollupsQueue;
  globalForQueue.syncPortalRollupsQueue = undefined;
  await queue?.close();
}
