import '../sync/support/isolate';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enqueueSync } from '@/lib/queue';
import { allTypesDocuments } from '../sync/support/dataset';
import { ADMIN, canonicalContents, closeStores, openStores, waitForJob, type TestStores } from '../sync/support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { privatePort } from '../faults/support/private-stores';
import { samples } from './support/prometheus';

const ROOT = path.resolve(import.meta.dirname, '../..');
const METRICS_PORT = privatePort(71);
let stores: TestStores;
let worker: WorkerProcess;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ['scripts/build-worker.mjs'], { cwd: ROOT });
  stores = await openStores('compiled');
  await stores.db.collection('source').insertMany(allTypesDocuments(300));
  worker = await startWorker({ WORKER_METRICS_PORT: String(METRICS_PORT) }, ['dist/worker/index.mjs']);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await closeStores(stores);
});

it('serves its own process metrics and a heartbeat on 127.0.0.1:WORKER_METRICS_PORT', async () => {
  const response = await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`);
  expect(response.status).toBe(200);
  const metrics = samples(await response.text());
  const heartbeat = metrics.get('sync_portal_worker_heartbeat_timestamp_seconds')!;
  expect(Math.abs(heartbeat - Date.now() / 1000)).toBeLessThan(60);
  expect(metrics.get('sync_portal_worker_process_resident_memory_bytes')).toBeGreaterThan(0);
  expect((await fetch(`http://127.0.0.1:${METRICS_PORT}/other`)).status).toBe(404);
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
