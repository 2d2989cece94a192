import './support/isolate';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER, generateAnalyticsDataset } from '@/scripts/seed-demo';
import { canonicalContents, closeStores, openStores, type TestStores } from './support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { runScript } from '../support/run-script';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CUSTOMERS = path.resolve(ROOT, '../shared/datasets/analytics/customers.json');
let stores: TestStores;
let worker: WorkerProcess;

const run = runScript;

beforeAll(async () => {
  stores = await openStores('cli');
  worker = await startWorker();
});

afterAll(async () => {
  await worker?.stop();
  await stores?.mongo.db(`${stores.dbName}_seed`).dropDatabase();
  await closeStores(stores);
});

describe('import, sync and seed CLIs', () => {
  it('imports the analytics customers (Extended JSON lines) and syncs them with --wait --json', async () => {
    const imported = await run('scripts/import.ts', ['--file', CUSTOMERS, '--db', stores.dbName, '--collection', 'customers']);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain(`imported 500 document(s) from ${CUSTOMERS} into ${stores.dbName}.customers; 0 line(s) with problems`);
    expect(await stores.db.collection('customers').findOne({ username: 'fmiller' })).toMatchObject({
      name: 'Elizabeth Ray',
      birthdate: new Date(226117231000),
    });
    await stores.db.collection('customers').createIndex({ username: 1 }, { name: 'username_1' });

    const synced = await run('scripts/sync.ts', [
      '--source',
      `${stores.dbName}.customers`,
      '--target',
      `${stores.dbName}.customers_copy`,
      '--verify',
      'hash',
      '--wait',
      '--json',
    ]);
    expect(synced.code).toBe(0);
    const last = JSON.parse(synced.stdout.trim().split('\n').at(-1) ?? '');
    expect(Object.keys(last)).toEqual(['jobId', 'state', 'copied', 'deleted', 'durationMs', 'verification', 'indexes']);
    expect(last).toMatchObject({
      state: 'completed',
      copied: 500,
      deleted: 0,
      verification: { sourceCount: 500, targetCount: 500, hashMatch: true },
      indexes: { targetExisted: false, created: ['username_1'], notCreated: [] },
    });
    expect(await canonicalContents(stores.db.collection('customers_copy'))).toEqual(await canonicalContents(stores.db.collection('customers')));
  }, 120_000);

  it('reports bad import lines by number and exits non-zero', async () => {
    const file = path.join(ROOT, 'tests/sync/support/bad-lines.jsonl');
    const result = await run('scripts/import.ts', ['--file', file, '--db', stores.dbName, '--collection', 'bad']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 2: bad Extended JSON');
    expect(result.stderr).toContain('line 4: not inserted: E11000 duplicate key error');
    expect(result.stderr).toContain('line 5: bad Extended JSON: not a JSON object');
    expect(result.stdout).toContain('imported 2 document(s)');
  }, 60_000);

  it('refuses bad specs and unreachable services with a clear message and no stack trace', async () => {
    const bad = await run('scripts/sync.ts', [
      '--source',
      `${stores.dbName}.customers`,
      '--target',
      `${stores.dbName}.customers`,
      '--filter',
      '{"$where": "1"}',
      '--json',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error: filter: operator $where is not allowed (it runs JavaScript on the server)');
    const missing = await run('scripts/sync.ts', ['--source', `${stores.dbName}.no_such_collection`, '--target', `${stores.dbName}.x`, '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`error: source: ${stores.dbName}.no_such_collection does not exist on the MongoDB server`);
    expect(missing.stdout).not.toContain('jobId');
    const lastLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as unknown;
    expect(lastLine(bad.stdout)).toEqual({ error: 'filter: operator $where is not allowed (it runs JavaScript on the server)' });
    expect(lastLine(missing.stdout)).toEqual({ error: `source: ${stores.dbName}.no_such_collection does not exist on the MongoDB server` });
    const downJson = await run('scripts/sync.ts', ['--source', `${stores.dbName}.customers`, '--target', `${stores.dbName}.x`, '--wait', '--json'], {
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(downJson.code).toBe(1);
    expect(lastLine(downJson.stdout)).toEqual({ error: 'the job queue (Redis) is not reachable; try again in a moment' });
    const unknownOption = await run('scripts/sync.ts', ['--sauce', 'x', '--json']);
    expect(unknownOption.code).toBe(2);
    expect(lastLine(unknownOption.stdout)).toMatchObject({ error: expect.stringContaining("'--sauce'") });
    const down = await run('scripts/sync.ts', ['--source', `${stores.dbName}.customers`, '--target', `${stores.dbName}.x`], {
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('error: the job queue (Redis) is not reachable; try again in a moment');
    const mongoDown = await run('scripts/sync.ts', ['--source', `${stores.dbName}.customers`, '--target', `${stores.dbName}.x`], {
      MONGODB_URI: 'mongodb://127.0.0.1:1/',
    });
    expect(mongoDown.code).toBe(1);
    expect(mongoDown.stderr).toContain('error: MongoDB is not reachable; start it with npm run services (or set MONGODB_URI)');
    for (const output of [bad.stderr, missing.stderr, down.stderr, mongoDown.stderr]) expect(output).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('seeds a deterministic, idempotent demo dataset that links the demo customer by email', async () => {
    expect(generateAnalyticsDataset({ count: 30 })).toEqual(generateAnalyticsDataset({ count: 30 }));
    const seeded = stores.mongo.db(`${stores.dbName}_seed`);
    const args = ['--count', '30', '--db', seeded.databaseName];
    expect((await run('scripts/seed-demo.ts', args)).code).toBe(0);
    const first = await canonicalContents(seeded.collection('transactions'));
    const again = await run('scripts/seed-demo.ts', args);
    expect(again.code).toBe(0);
    expect(await canonicalContents(seeded.collection('transactions'))).toEqual(first);
    expect(await seeded.collection('customers').countDocuments()).toBe(30);
    const demo = await seeded.collection('customers').findOne({ email: DEMO_CUSTOMER.email });
    expect(demo).toMatchObject({ username: 'demo.customer' });
    expect(await seeded.collection('accounts').countDocuments({ account_id: { $in: demo?.accounts } })).toBe(demo?.accounts.length);
    const bucket = await seeded.collection('transactions').findOne({});
    expect(bucket?.transactions[0]).toMatchObject({ price: expect.stringMatching(/^\d+\.\d+$/), total: expect.stringMatching(/^\d+\.\d+$/) });
  }, 60_000);
});
