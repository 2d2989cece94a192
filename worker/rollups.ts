/**
 * Why: the worker computes the management figures (lib/analytics/rollups.ts) from the `rollups` queue, one at a
 * time, and keeps a job scheduler so they are recomputed every ROLLUPS_EVERY_MINUTES without anyone asking.
 */
import { Worker } from 'bullmq';
import type { MongoClient } from 'mongodb';
import { ROLLUPS_QUEUE_NAME, ROLLUPS_SCHEDULER_ID, getRollupsQueue, type RollupsJobData } from '../lib/analytics/rollups-queue';
import { refreshRollups } from '../lib/analytics/rollups';
import { env } from '../lib/env';
import { log } from '../lib/log';
import { queuePrefix, WORKER_METRICS_OPTIONS, workerConnection } from '../lib/queue/connection';

export function startRollupsWorker(mongo: MongoClient): Worker<RollupsJobData> {
  const worker = new Worker<RollupsJobData>(
    ROLLUPS_QUEUE_NAME,
    async (job) => {
      const result = await refreshRollups(mongo.db(env.ANALYTICS_DB));
      await job.log(`figures computed from ${result.trades} trade(s) in ${result.ms} ms`);
      return { computedAt: result.computedAt.toISOString(), ms: result.ms };
    },
    { connection: workerConnection(), prefix: queuePrefix(), concurrency: 1, metrics: WORKER_METRICS_OPTIONS },
  );
  const rollupsLog = log.child({ queue: ROLLUPS_QUEUE_NAME });
  worker.on('completed', (job, result: { ms: number }) => rollupsLog.info({ jobId: job.id, reason: job.data.reason, ms: result.ms }, 'figures computed'));
  worker.on('failed', (job, error) => rollupsLog.warn({ jobId: job?.id, err: error }, 'figures not computed'));
  worker.on('error', (error) => rollupsLog.error({ err: error }, 'rollups worker error'));
  void scheduleRollups().catch((error: unknown) => rollupsLog.error({ err: error }, 'rollups schedule not applied'));
  return worker;
}

async function scheduleRollups(): Promise<void> {
  const queue = getRollupsQueue();
  if (env.ROLLUPS_EVERY_MINUTES === 0) await queue.removeJobScheduler(ROLLUPS_SCHEDULER_ID);
  else
    await queue.upsertJobScheduler(
      ROLLUPS_SCHEDULER_ID,
      { every: env.ROLLUPS_EVERY_MINUTES * 60_000 },
      { name: 'rollups', data: { reason: 'schedule' }, opts: { removeOnComplete: 50, removeOnFail: 50 } },
    );
}
