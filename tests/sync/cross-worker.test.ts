import './support/isolate';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { enqueueSync, getSyncJobOrThrow } from '@/lib/queue';
import { allTypesDocuments } from './support/dataset';
import { openSchema, type TestSchema } from './support/mysql';
import { ADMIN, canonicalContents, closeStores, openStores, waitForJob, type TestStores } from './support/stores';
import { lastJsonLine, runScript } from '../support/run-script';
import { until } from '../support/until';
import { startWorker, type WorkerProcess } from '../support/worker-process';

const DOCS = 800;
const SLOW = { SYNC_TEST_BATCH_DELAY_MS: '300' };
let stores: TestStores;
let mysql: TestSchema;
let worker: WorkerProcess | undefined;
const mongoNs = (collection: string) => ({ engine: 'mongodb' as const, db: stores.dbName, collection });
const mysqlNs = (table: string) => ({ engine: 'mysql' as const, db: mysql.schema, collection: table });

afterEach(async () => {
  await worker?.kill();
});

beforeAll(async () => {
  stores = await openStores('xworker');
  mysql = await openSchema('xworker');
  await stores.db.collection('source').insertMany(allTypesDocuments(DOCS));
}, 120_000);

afterAll(async () => {
  await worker?.kill();
  await mysql?.drop();
  await closeStores(stores);
});

it('the sync CLI copies MongoDB → MySQL through the inferred column map, verified by hash', async () => {
  worker = await startWorker();
  const cli = await runScript('scripts/sync.ts', [
    '--source',
    `mongodb:${stores.dbName}.source`,
    '--target',
    `mysql:${mysql.schema}.cli_copy`,
    '--verify',
    'hash',
    '--wait',
    '--json',
  ]);
  expect([cli.code, lastJsonLine(cli.stdout)]).toMatchObject([0, { state: 'completed', copied: DOCS, verification: { targetCount: DOCS, hashMatch: true } }]);
  const view = await waitForJob(String(lastJsonLine(cli.stdout).jobId));
  expect(view.logs.some((line) => line.includes('column map: _id → _id objectId, seq → seq int'))).toBe(true);
}, 180_000);

/** SIGKILLs the worker twice mid-copy (once between a batch's write and its checkpoint); the job still ends exact. */
async function survivesKills(source: ReturnType<typeof mongoNs>, target: ReturnType<typeof mysqlNs> | ReturnType<typeof mongoNs>) {
  const jobId = await enqueueSync({ source, target, batchSize: 100, verify: 'hash' }, ADMIN);
  const copied = async () => (await getSyncJobOrThrow(jobId)).data.checkpoint?.copied ?? 0;
  worker = await startWorker(SLOW);
  await until(async () => ((await copied()) >= 200 ? true : undefined), '200 rows copied', { timeoutMs: 90_000, output: () => worker?.output() });
  await worker.kill();
  worker = await startWorker({ ...SLOW, SYNC_TEST_CRASH_BEFORE_CHECKPOINT: '2' });
  await worker.exited;
  expect(worker.output()).toContain('test hook: SIGKILL before checkpoint 2');
  worker = await startWorker();
  const view = await waitForJob(jobId, ['completed', 'failed'], 150_000);
  await worker.kill();
  expect(view.state).toBe('completed');
  expect(view.attempts.stalled).toBe(2);
  expect(view.result).toMatchObject({ copied: DOCS, duplicates: 0, verification: { sourceCount: DOCS, targetCount: DOCS, hashMatch: true } });
}

it('a SIGKILLed worker resumes MongoDB → MySQL and MySQL → MongoDB with no loss and no duplicate', async () => {
  await survivesKills(mongoNs('source'), mysqlNs('crash'));
  await survivesKills(mysqlNs('crash') as never, mongoNs('crash_back'));
  expect(await canonicalContents(stores.db.collection('crash_back'))).toEqual(await canonicalContents(stores.db.collection('source')));
}, 420_000);
