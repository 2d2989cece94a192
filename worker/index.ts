/**
 * Why: the long-running process that executes sync jobs. Locks are short and the stalled check frequent so a
 * killed worker's job runs again within seconds of any worker (re)starting, and maxStalledCount is high so a
 * couple of crashes in a row do not fail a long job (the checkpoint makes every restart cheap). SIGTERM and
 * SIGINT stop each job at its next batch boundary, save the checkpoint, put it back in the queue and exit
 * within WORKER_SHUTDOWN_DEADLINE_MS.
 */
import './memory';
import { Worker } from 'bullmq';
import { env } from '../lib/env';
import { createMongoClient } from '../lib/mongo/client';
import { queuePrefix, SYNC_QUEUE_NAME, workerConnection } from '../lib/queue/connection';
import type { SyncJobData, SyncJobResult } from '../lib/queue/types';
import { createEmailWorker } from './email';
import { createSyncProcessor } from './process-sync';

const mongo = createMongoClient({ monitorCommands: true });
let commandsSent = 0;
mongo.on('commandStarted', () => {
  commandsSent += 1;
});

const shutdown = new AbortController();
const worker: Worker<SyncJobData, SyncJobResult> = new Worker(
  SYNC_QUEUE_NAME,
  createSyncProcessor({ mongo, redis: () => worker.backend.client, shutdown: shutdown.signal, commandsSent: () => commandsSent }),
  {
    connection: workerConnection(),
    prefix: queuePrefix(),
    concurrency: env.WORKER_CONCURRENCY,
    lockDuration: env.WORKER_LOCK_DURATION_MS,
    stalledInterval: env.WORKER_STALLED_INTERVAL_MS,
    maxStalledCount: 10,
  },
);

const emailWorker = createEmailWorker();

worker.on('ready', () => console.log(`worker ready: queue "${SYNC_QUEUE_NAME}", prefix "${queuePrefix()}", concurrency ${env.WORKER_CONCURRENCY}`));
worker.on('active', (job) => console.log(`job ${job.id} active (attempt ${job.attemptsStarted})`));
worker.on('completed', (job) => console.log(`job ${job.id} completed`));
worker.on('failed', (job, error) => console.log(`job ${job?.id} failed: ${error.message}`));
worker.on('error', (error) => console.error(`worker error: ${error.message}`));

async function stop(signal: string): Promise<void> {
  if (shutdown.signal.aborted) return;
  console.log(`${signal}: finishing current batches, then exiting (deadline ${env.WORKER_SHUTDOWN_DEADLINE_MS} ms)`);
  setTimeout(() => {
    console.error('shutdown deadline reached; exiting with jobs still running (their locks expire and they resume elsewhere)');
    process.exit(1);
  }, env.WORKER_SHUTDOWN_DEADLINE_MS).unref();
  shutdown.abort(signal);
  await Promise.all([worker.close(), emailWorker.close()]);
  await mongo.close();
  process.exit(0);
}

process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
