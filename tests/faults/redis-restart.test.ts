import './support/private-redis-env';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getSyncQueue, loadSyncJobView } from '@/lib/queue';
import { allTypesDocuments } from '../sync/support/dataset';
import { canonicalContents, closeStores, openStores, type TestStores } from '../sync/support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { activeJobPast, exitOf, lastJsonLine, oneWriterAtATime, pause, startCli, writersOf } from './support/observe';
import { PRIVATE_REDIS_PORT } from './support/private-redis-env';
import { startPrivateRedis, type PrivateStore } from './support/private-stores';

const DOCS = 2_000;
const LOCK_MS = 2_000;
let redis: PrivateStore;
let stores: TestStores;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  redis = await startPrivateRedis(PRIVATE_REDIS_PORT, { persistence: true });
  stores = await openStores('redis_aof');
  await stores.db.collection('source').insertMany(allTypesDocuments(DOCS));
  // Concurrency 2, as in the incident: the worker has a free slot to take the job again while its first
  // processing of it is still running.
  worker = await startWorker({ WORKER_CONCURRENCY: '2', WORKER_LOCK_DURATION_MS: String(LOCK_MS), SYNC_TEST_BATCH_DELAY_MS: '150' });
}, 120_000);

afterAll(async () => {
  await worker?.kill();
  await closeStores(stores).catch(() => undefined);
  await redis?.close();
});

it('Redis killed and restarted mid-job (AOF): one processing writes at a time, the job completes exactly and the CLI reports it', async () => {
  const cli = startCli('scripts/sync.ts', [
    '--source',
    `${stores.dbName}.source`,
    '--target',
    `${stores.dbName}.target`,
    '--batch-size',
    '100',
    '--verify',
    'hash',
    '--wait',
    '--json',
  ]);
  const jobId = await activeJobPast(500, () => worker?.output() ?? '');

  await redis.kill();
  await pause(LOCK_MS + 1_500); // long enough for the job's lock to expire while Redis is down
  await redis.start();

  expect(await exitOf(cli, 200_000, () => worker?.output().slice(-4_000) ?? '')).toBe(0);
  expect(cli.stderr()).toContain('the job queue (Redis) is not reachable; waiting up to 60 s for it to come back');
  expect(cli.stderr()).toMatch(/the job queue \(Redis\) is back after \d+ s/);
  expect(lastJsonLine(cli.stdout())).toMatchObject({
    jobId,
    state: 'completed',
    copied: DOCS,
    verification: { sourceCount: DOCS, targetCount: DOCS, hashMatch: true },
  });

  const view = await loadSyncJobView((await getSyncQueue().getJob(jobId))!);
  expect(view).toMatchObject({ state: 'completed', failedReason: null, earlierErrors: [], attempts: { made: 1 } });

  expect(view.logs.filter((line) => line.includes(' completed: '))).toHaveLength(1);
  expect(view.progress).toMatchObject({ copied: DOCS, percent: 100 });

  const output = worker!.output();
  expect(output).not.toMatch(/Lock mismatch|Missing lock/);
  expect(output).toContain(`job ${jobId}: this processing lost the job lock`);
  const writers = writersOf(output, jobId);
  expect(new Set(writers).size).toBeGreaterThan(1);
  expect(oneWriterAtATime(writers)).toBe(true);
  expect(await canonicalContents(stores.db.collection('target'))).toEqual(await canonicalContents(stores.db.collection('source')));
}, 300_000);
