import '../sync/support/isolate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enqueueSync } from '@/lib/queue';
import { allTypesDocuments } from '../sync/support/dataset';
import { ADMIN, canonicalContents, closeStores, openStores, waitForJob, type TestStores } from '../sync/support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { hasLogLine } from '../support/log-lines';
import { writersOf } from './support/observe';

const DOCS = 1_000;
const JOBS = 4;
let stores: TestStores;
let workers: WorkerProcess[] = [];

beforeAll(async () => {
  stores = await openStores('two_workers');
  await stores.db.collection('source').insertMany(allTypesDocuments(DOCS));
  workers = await Promise.all([1, 2].map(() => startWorker({ WORKER_CONCURRENCY: '2', SYNC_TEST_BATCH_DELAY_MS: '50' })));
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill()));
  await closeStores(stores);
});

it('two workers on one queue: every job is processed once, by one processing, and no document is written twice', async () => {
  const ids = [];
  for (let i = 0; i < JOBS; i++) {
    ids.push(
      await enqueueSync(
        { source: { db: stores.dbName, collection: 'source' }, target: { db: stores.dbName, collection: `target_${i}` }, batchSize: 100, mode: 'insert' },
        ADMIN,
      ),
    );
  }
  const views = await Promise.all(ids.map((id) => waitForJob(id, ['completed', 'failed'], 120_000)));
  const source = await canonicalContents(stores.db.collection('source'));
  for (const [i, view] of views.entries()) {
    expect(view).toMatchObject({ state: 'completed', attempts: { started: 1, stalled: 0 }, result: { copied: DOCS, duplicates: 0 } });
    const writers = workers.flatMap((w) => writersOf(w.output(), view.id));
    expect(writers).toHaveLength(DOCS / 100);
    expect(new Set(writers).size).toBe(1);
    expect(workers.filter((w) => hasLogLine(w.output(), 'job active', { jobId: view.id }))).toHaveLength(1);
    expect(await canonicalContents(stores.db.collection(`target_${i}`))).toEqual(source);
  }
  expect(workers.every((w) => hasLogLine(w.output(), 'job active'))).toBe(true);
}, 180_000);
