import '../sync/support/isolate';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enqueueSync } from '@/lib/queue';
import { allTypesDocuments } from '../sync/support/dataset';
import { ADMIN, canonicalContents, closeStores, openStores, waitForJob, type TestStores } from '../sync/support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';

const ROOT = path.resolve(import.meta.dirname, '../..');
let stores: TestStores;
let worker: WorkerProcess;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ['scripts/build-worker.mjs'], { cwd: ROOT });
  stores = await openStores('compiled');
  await stores.db.collection('source').insertMany(allTypesDocuments(300));
  worker = await startWorker({}, ['dist/worker/index.mjs']);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await closeStores(stores);
});

it('the worker bundled to plain JavaScript runs with node alone and completes a verified sync', async () => {
  expect(worker.child.spawnargs).not.toContain('tsx');
  const id = await enqueueSync(
    { source: { db: stores.dbName, collection: 'source' }, target: { db: stores.dbName, collection: 'target' }, verify: 'hash', batchSize: 100 },
    ADMIN,
  );
  const view = await waitForJob(id);
  expect(view).toMatchObject({ state: 'completed', result: { copied: 300, verification: { sourceCount: 300, targetCount: 300, hashMatch: true } } });
  expect(await canonicalContents(stores.db.collection('target'))).toEqual(await canonicalContents(stores.db.collection('source')));
  expect(await worker.stop()).toBe(0);
}, 120_000);
