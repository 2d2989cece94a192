/**
 * Why: the long-running process that executes sync jobs. Locks are short and the stalled check frequent so a
 * killed worker's job runs again within seconds of any worker (re)starting, and maxStalledCount is high so a
 * couple of crashes in a row do not fail a long job (the checkpoint makes every restart cheap). SIGTERM and
 * SIGINT stop each job at its next batch boundary, save the checkpoint, put it back in the queue and exit
 * within WORKER_SHUTDOWN_DEADLINE_MS. A processing that lost its job's lock (Redis restarted, or paused past
 * the lock) stops at its next batch boundary; the processing that holds the lock carries on (sync-worker.ts).
 */
import './memory';
import { env } from '../lib/env';
import { createMongoClient } from '../lib/mongo/client';
import { log } from '../lib/log';
import { closeSyncMysqlPool, getSyncMysqlPool } from '../lib/sync/mysql/pool';
import { queuePrefix, SYNC_QUEUE_NAME, WORKER_METRICS_OPTIONS, workerConnection } from '../lib/queue/connection';
import { createEmailWorker } from './email';
import { Processings } from './processings';
import { createSyncProcessor } from './process-sync';
import { withCustomerFigures } from './customer-copy';
import { startRollupsWorker } from './rollups';
import { SyncWorker } from './sync-worker';
import { withRunHistory } from './run-history';
import { startHousekeeping } from './housekeeping';
import { ensureBuiltInSchedules } from '../lib/schedules/built-in';
import { renameLegacyQueueKeys } from './legacy-prefix';
import { startWorkerMetrics } from './metrics-server';

const moved = await renameLegacyQueueKeys();
if (moved.renamed || moved.kept) log.warn(moved, 'queue keys of the old prefix renamed to the hash-tagged one (kept: a key of that name already existed)');
const metricsServer = env.WORKER_METRICS_PORT ? startWorkerMetrics(env.WORKER_METRICS_PORT) : null;

const mongo = createMongoClient({ monitorCommands: true });
let commandsSent = 0;
mongo.on('commandStarted', () => {
  commandsSent += 1;
});

const shutdown = new AbortController();
const processings = new Processings();
const worker: SyncWorker = new SyncWorker(
  SYNC_QUEUE_NAME,
  withRunHistory(
    withCustomerFigures(
      createSyncProcessor({
        mongo,
        mysql: getSyncMysqlPool,
        redis: () => worker.backend.client,
        shutdown: shutdown.signal,
        commandsSent: () => commandsSent,
        processings,
      }),
    ),
    (job) => job.opts.attempts ?? 1,
  ),
  {
    connection: workerConnection(),
    prefix: queuePrefix(),
    concurrency: env.WORKER_CONCURRENCY,
    lockDuration: env.WORKER_LOCK_DURATION_MS,
    stalledInterval: env.WORKER_STALLED_INTERVAL_MS,
    maxStalledCount: 10,
    metrics: WORKER_METRICS_OPTIONS,
  },
  processings,
);

const rollups = startRollupsWorker(mongo);
const emailWorker = createEmailWorker();

worker.on('ready', () => log.info({ queue: SYNC_QUEUE_NAME, prefix: queuePrefix(), concurrency: env.WORKER_CONCURRENCY }, 'worker ready'));
worker.on('active', (job) => log.info({ jobId: job.id, attempt: job.attemptsStarted }, 'job active'));
worker.on('completed', (job) => log.info({ jobId: job.id }, 'job completed'));
worker.on('failed', (job, error) =>
  job?.finishedOn ? log.warn({ jobId: job.id, err: error }, 'job failed') : log.warn({ jobId: job?.id, err: error }, 'job attempt failed, retrying'),
);
worker.on('lockRenewalFailed', (jobIds) => void stopLostProcessings(jobIds));
worker.on('error', (error) => log.error({ err: error }, 'worker error'));
if (env.CUSTOMER_COPY_SCHEDULES)
  await ensureBuiltInSchedules().then(
    (created) => log.info({ created }, 'built-in schedules in place'),
    (error: unknown) => log.error({ err: error }, 'built-in schedules not seeded (the next start tries again)'),
  );
const housekeeping = startHousekeeping();

/** BullMQ could not renew these jobs' locks: stop, at their next batch boundary, the processings that lost them. */
async function stopLostProcessings(jobIds: string[]): Promise<void> {
  const client = await worker.backend.client;
  for (const id of jobIds) {
    const holder = await client.get(`${queuePrefix()}:${SYNC_QUEUE_NAME}:${id}:lock`).catch(() => null);
    log.warn({ jobId: id }, 'lock renewal failed; stopping any processing here that no longer holds the lock');
    processings.stopLost(id, holder);
  }
}

async function stop(signal: string): Promise<void> {
  if (shutdown.signal.aborted) return;
  log.info({ signal, deadlineMs: env.WORKER_SHUTDOWN_DEADLINE_MS }, 'finishing current batches, then exiting');
  setTimeout(() => {
    log.error('shutdown deadline reached; exiting with jobs still running (their locks expire and they resume elsewhere)');
    process.exit(1);
  }, env.WORKER_SHUTDOWN_DEADLINE_MS).unref();
  shutdown.abort(signal);
  await Promise.all([worker.close(), rollups.close(), emailWorker.close(), housekeeping.stop(), metricsServer?.close()]);
  await Promise.all([mongo.close(), closeSyncMysqlPool()]);
  process.exit(0);
}

process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
