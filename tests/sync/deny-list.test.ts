import './support/isolate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEndpoints } from '@/lib/sync/endpoints/open';
import { portalSchema } from '@/lib/sync/mysql/pool';
import { queueSync } from '@/lib/sync-jobs/queue-sync';
import { parseSyncSpecFields, syncSpecSchema, type FormLike } from '@/lib/validation/sync';
import { lastJsonLine, runScript } from '../support/run-script';
import { openSchema, type TestSchema } from './support/mysql';
import { closeStores, openStores, type TestStores } from './support/stores';

let stores: TestStores;
let mysql: TestSchema;
const ADMIN = { id: 1, username: 'test-admin', ip: null };

/** As the page, the API and the CLI do: parse the flat fields, then queue through the one service. */
async function queue(fields: FormLike) {
  const parsed = parseSyncSpecFields(fields);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
  return queueSync(parsed.data, ADMIN, 'api');
}

beforeAll(async () => {
  stores = await openStores('deny');
  mysql = await openSchema('deny');
  await mysql.pool.query(`CREATE TABLE \`${mysql.schema}\`.people (id INT PRIMARY KEY, name TEXT, password_hash TEXT)`);
  await mysql.pool.query(`CREATE TABLE \`${mysql.schema}\`.sessions (id INT PRIMARY KEY, user_id INT)`);
  await mysql.pool.query(`CREATE TABLE \`${mysql.schema}\`.api_tokens (id INT PRIMARY KEY, label TEXT)`);
  await stores.db.collection('source').insertOne({ n: 1 });
});

afterAll(async () => {
  await mysql?.drop();
  await closeStores(stores);
});

describe('the deny list: the portal’s own schema, sessions, tokens and password hashes are never synced', () => {
  const portal = () => portalSchema();
  const fields = (source: string, target = `${stores.dbName}.copy`) => {
    const [sourceDb, sourceCollection] = source.split(/\.(.*)/s);
    const [targetDb, targetCollection] = target.split(/\.(.*)/s);
    return { sourceDb, sourceCollection, targetDb, targetCollection };
  };
  const refusals = () => [
    [`mysql:${portal()}.users`, `${portal()} is the portal's own schema: it is never a sync source or target`],
    [`mysql:${mysql.schema}.sessions`, `${mysql.schema}.sessions holds sessions or tokens: it is never synced`],
    [`mysql:${mysql.schema}.api_tokens`, `${mysql.schema}.api_tokens holds sessions or tokens: it is never synced`],
    [`mysql:${mysql.schema}.people`, `${mysql.schema}.people has secret column(s) password_hash: it is never synced`],
  ];

  it('refuses them when queueing (the service behind the page, the API and the CLI), before anything is queued', async () => {
    for (const [source, message] of refusals()) {
      expect(await queue(fields(source))).toEqual({ ok: false, fieldErrors: { sourceCollection: [message] }, catalogMessage: message });
    }
    const target = await queue(fields(`${stores.dbName}.source`, `mysql:${portal()}.users`));
    expect(target).toMatchObject({
      ok: false,
      fieldErrors: { targetCollection: [`${portal()} is the portal's own schema: it is never a sync source or target`] },
    });
  });

  it('refuses them from the CLI with exit code 2 and the reason', async () => {
    const [source, message] = refusals()[0];
    const cli = await runScript('scripts/sync.ts', ['--source', source, '--target', `mongodb:${stores.dbName}.copy`, '--json']);
    expect(cli.code).toBe(2);
    expect(lastJsonLine(cli.stdout)).toEqual({ error: `source: ${message}` });
    const secret = await runScript('scripts/sync.ts', ['--source', refusals()[3][0], '--target', `${stores.dbName}.copy`, '--json']);
    expect([secret.code, lastJsonLine(secret.stdout)]).toEqual([2, { error: `source: ${refusals()[3][1]}` }]);
  }, 60_000);

  it('refuses a spec that bypassed the producer in the worker, before reading', async () => {
    for (const [source, message] of refusals()) {
      const [db, collection] = source.slice('mysql:'.length).split('.');
      const spec = syncSpecSchema.parse({ source: { engine: 'mysql', db, collection }, target: { db: stores.dbName, collection: 'copy' } });
      await expect(openEndpoints(spec, { mongo: stores.mongo, mysql: () => mysql.pool })).rejects.toThrow(message);
    }
    expect(await stores.db.listCollections({ name: 'copy' }).toArray()).toEqual([]);
  });
});
