import './support/private-redis-env';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enqueueSync } from '@/lib/queue';
import { allTypesDocuments } from '../sync/support/dataset';
import { ADMIN, closeStores, openStores, waitForJob, type TestStores } from '../sync/support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { activeJobPast, exitOf, lastJsonLine, pause, startCli } from './support/observe';
import { until } from '../support/until';
import { PRIVATE_REDIS_PORT } from './support/private-redis-env';
import { startPrivateRedis, type PrivateStore } from './support/private-stores';

const DOCS = 2_000;
let redis: PrivateStore;
let stores: TestStores;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  redis = await startPrivateRedis(PRIVATE_REDIS_PORT, { persistence: false });
  stores = await openStores('redis_lost');
  await stores.db.collection('source').insertMany(allTypesDocuments(DOCS));
  worker = await startWorker({ WORKER_CONCURRENCY: '2', SYNC_TEST_BATCH_DELAY_MS: '150' });
}, 120_000);

afterAll(async () => {
  await worker?.kill();
  await closeStores(stores).catch(() => undefined);
  await redis?.close();
});

it('Redis without persistence restarted mid-job: the CLI reports the job as lost, the worker stops writing and takes new jobs', async () => {
  const cli = startCli('scripts/sync.ts', [
    '--source',
    `${stores.dbName}.source`,
    '--target',
    `${stores.dbName}.target`,
    '--batch-size',
    '100',
    '--wait',
    '--json',
  ]);
  const jobId = await activeJobPast(300, () => worker?.output() ?? '');

  await redis.kill();
  await pause(1_000);
  await redis.start();

  expect(await exitOf(cli, 200_000, () => worker?.output().slice(-4_000) ?? '')).toBe(1);
  expect(cli.stderr()).toContain('waiting up to 60 s for it to come back');
  expect(lastJsonLine(cli.stdout())).toEqual({
    jobId,
    error: expect.stringContaining(`job ${jobId} no longer exists: the queue's Redis lost its data while it was down`),
  });
  await until(async () => (worker?.output().includes(`job ${jobId}: this processing lost the job lock`) ? true : undefined), 'the lost processing to stop', {
    timeoutMs: 30_000,
    output: () => worker?.output() ?? '',
  });
  const written = await stores.db.collection('target').countDocuments();
  expect(written).toBeLessThan(DOCS);

  const next = await enqueueSync(
    { source: { db: stores.dbName, collection: 'source' }, target: { db: stores.dbName, collection: 'target' }, batchSize: 500 },
    ADMIN,
  );
  expect(await waitForJob(next, ['completed', 'failed'], 60_000)).toMatchObject({ state: 'completed', result: { copied: DOCS } });
}, 300_000);
