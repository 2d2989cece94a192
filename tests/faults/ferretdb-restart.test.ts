import '../sync/support/isolate';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeSyncQueue, enqueueSync, getSyncJobOrThrow, getSyncQueue } from '@/lib/queue';
import { allTypesDocuments } from '../sync/support/dataset';
import { ADMIN, canonicalContents, waitForJob } from '../sync/support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { pause } from './support/observe';
import { until } from '../support/until';
import { privatePort, startPrivateFerretdb, type PrivateStore } from './support/private-stores';

const DOCS = 3_000;
const OUTAGE_MS = 6_000; // longer than the driver's 5 s server selection, so the attempt fails rather than waits
let ferretdb: PrivateStore;
let mongo: MongoClient;
let db: Db;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  ferretdb = await startPrivateFerretdb(privatePort(3), 'restart');
  mongo = await new MongoClient(ferretdb.url, { serverSelectionTimeoutMS: 20_000 }).connect();
  db = mongo.db('test_ferretdb_restart');
  await db.collection('source').insertMany(allTypesDocuments(DOCS));
  await getSyncQueue().obliterate({ force: true });
  worker = await startWorker({ MONGODB_URI: ferretdb.url, SYNC_TEST_BATCH_DELAY_MS: '150' });
}, 180_000);

afterAll(async () => {
  await worker?.kill();
  await mongo?.close();
  await ferretdb?.close();
  await getSyncQueue()
    .obliterate({ force: true })
    .catch(() => undefined);
  await closeSyncQueue();
});

it('FerretDB killed and restarted mid-job: the attempt is retried with backoff from its checkpoint and the job completes exactly', async () => {
  const id = await enqueueSync(
    { source: { db: db.databaseName, collection: 'source' }, target: { db: db.databaseName, collection: 'target' }, batchSize: 100, verify: 'hash' },
    ADMIN,
  );
  await until(async () => ((await getSyncJobOrThrow(id)).data.checkpoint?.copied ?? 0) >= 500 || undefined, '500 documents copied', {
    timeoutMs: 60_000,
    output: () => worker?.output() ?? '',
  });
  await ferretdb.kill();
  await pause(OUTAGE_MS);
  await ferretdb.start();

  const view = await waitForJob(id, ['completed', 'failed'], 120_000);
  expect(view).toMatchObject({
    state: 'completed',
    failedReason: null,
    result: { copied: DOCS, verification: { sourceCount: DOCS, targetCount: DOCS, hashMatch: true } },
  });
  expect(view.earlierErrors.length).toBeGreaterThanOrEqual(1);
  expect(view.attempts.made).toBeGreaterThanOrEqual(2);
  expect(view.logs.some((line) => /attempt 1 of 5 failed, retrying with backoff/.test(line))).toBe(true);
  expect(view.logs.some((line) => /resuming after _id .* \(\d+ done\)/.test(line))).toBe(true);
  expect(view.result!.durationMs).toBeGreaterThan(OUTAGE_MS);
  expect(worker!.output()).toContain(`job ${id} attempt failed, retrying`);
  expect(worker!.output()).not.toContain(`job ${id} failed:`);
  expect(await canonicalContents(db.collection('target'))).toEqual(await canonicalContents(db.collection('source')));
}, 240_000);
