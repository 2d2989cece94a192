import '../sync/support/isolate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enqueueSync, getSyncJobOrThrow, loadSyncJobView } from '@/lib/queue';
import { SyncAbortedError } from '@/lib/sync/errors';
import { verifyCopy } from '@/lib/sync/verify';
import { allTypesDocuments } from '../sync/support/dataset';
import { ADMIN, closeStores, openStores, waitForJob, type TestStores } from '../sync/support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { until } from '../support/until';

const DOCS = 6_000;
let stores: TestStores;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  stores = await openStores('sigterm_verify');
  await stores.db.collection('source').insertMany(allTypesDocuments(DOCS));
}, 120_000);

afterAll(async () => {
  await worker?.kill();
  await closeStores(stores);
});

it('hash verification stops when its signal is aborted', async () => {
  const stop = new AbortController();
  const side = { collection: stores.db.collection('source'), filter: {} };
  const verifying = verifyCopy('hash', side, side, 500, stop.signal);
  stop.abort('worker shutting down');
  await expect(verifying).rejects.toBeInstanceOf(SyncAbortedError);
});

it('SIGTERM during hash verification puts the job back in the queue, the worker exits in time, and the next worker completes it', async () => {
  worker = await startWorker({ WORKER_SHUTDOWN_DEADLINE_MS: '20000' });
  const id = await enqueueSync(
    { source: { db: stores.dbName, collection: 'source' }, target: { db: stores.dbName, collection: 'target' }, batchSize: 2_000, verify: 'hash' },
    ADMIN,
  );
  await until(async () => ((await getSyncJobOrThrow(id)).data.checkpoint?.copied === DOCS ? true : undefined), 'the copy to finish', {
    timeoutMs: 90_000,
    output: () => worker?.output() ?? '',
  });
  expect(await worker.stop()).toBe(0);
  expect(worker.output()).not.toContain('shutdown deadline reached');

  const requeued = await loadSyncJobView(await getSyncJobOrThrow(id));
  expect(requeued.state).toBe('waiting');
  expect(requeued.logs.some((line) => line.includes('worker shutting down: stopped at a batch boundary'))).toBe(true);
  expect(requeued.logs.some((line) => line.includes('verification (hash)'))).toBe(false);

  worker = await startWorker();
  const done = await waitForJob(id, ['completed', 'failed'], 90_000);
  expect(done).toMatchObject({ state: 'completed', result: { copied: DOCS, verification: { sourceCount: DOCS, targetCount: DOCS, hashMatch: true } } });
}, 240_000);
