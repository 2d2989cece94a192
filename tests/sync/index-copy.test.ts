import './support/isolate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '@/lib/sync/engine';
import { openEndpoints } from '@/lib/sync/endpoints/open';
import { syncSpecSchema, type SyncSpecInput } from '@/lib/validation/sync';
import { openSchema, type TestSchema } from './support/mysql';
import { closeStores, openStores, type TestStores } from './support/stores';

let stores: TestStores;
let mysql: TestSchema;
const mongoNs = (collection: string) => ({ engine: 'mongodb' as const, db: stores.dbName, collection });
const mysqlNs = (table: string) => ({ engine: 'mysql' as const, db: mysql.schema, collection: table });

async function copy(input: SyncSpecInput) {
  const spec = syncSpecSchema.parse(input);
  const logs: string[] = [];
  const endpoints = await openEndpoints(spec, { mongo: stores.mongo, mysql: () => mysql.pool, onLog: (line) => logs.push(line) });
  const result = await runSync({ spec, ...endpoints, hooks: { onCheckpoint: async () => undefined, onLog: (line) => void logs.push(line) } });
  return { result, logs };
}

const indexesOf = async (collection: string) =>
  Object.fromEntries((await stores.db.collection(collection).listIndexes().toArray()).map((index) => [index.name, { key: index.key, unique: index.unique }]));

beforeAll(async () => {
  stores = await openStores('indexes');
  mysql = await openSchema('indexes');
  const source = stores.db.collection('people');
  await source.insertMany(Array.from({ length: 50 }, (_, i) => ({ email: `p${i}@example.com`, team: i % 5, rank: i, ...(i % 2 ? { nick: `n${i}` } : {}) })));
  await source.createIndex({ email: 1 }, { name: 'email_u', unique: true });
  await source.createIndex({ team: 1, rank: -1 }, { name: 'team_rank' });
  await source.createIndex({ nick: 1 }, { name: 'nick_sparse', sparse: true, unique: true });
});

afterAll(async () => {
  await mysql?.drop();
  await closeStores(stores);
});

describe('index copy to a MongoDB target (real FerretDB)', () => {
  // The order is the server's listing order (FerretDB lists by name).
  it('creates the unique, compound and sparse indexes on a target the run creates', async () => {
    const { result, logs } = await copy({ source: mongoNs('people'), target: mongoNs('people_copy'), verify: 'hash' });
    expect(result.indexes).toEqual({ targetExisted: false, created: ['email_u', 'nick_sparse', 'team_rank'], options: [], notCreated: [], differences: [] });
    expect(await indexesOf('people_copy')).toMatchObject({
      email_u: { key: { email: 1 }, unique: true },
      team_rank: { key: { team: 1, rank: -1 } },
      nick_sparse: { key: { nick: 1 }, unique: true },
    });
    expect(logs).toContain('indexes created on the target: email_u, nick_sparse, team_rank');
    // The copied unique index holds on the target.
    await expect(stores.db.collection('people_copy').insertOne({ email: 'p1@example.com' })).rejects.toThrow(/duplicate key/i);
  }, 60_000);

  it('names a partial and a TTL index the target refuses in the run’s result and log, and copies the rest', async () => {
    await stores.db.collection('events').insertMany([{ at: new Date(), kind: 'a', score: 1 }]);
    const spec = syncSpecSchema.parse({ source: mongoNs('events'), target: mongoNs('events_copy') });
    const endpoints = await openEndpoints(spec, { mongo: stores.mongo, mysql: () => mysql.pool });
    // FerretDB cannot hold a partial or TTL index on the source either, so the source lists them as a real MongoDB would.
    const source = {
      ...endpoints.source,
      indexes: async () => ({
        indexes: [
          { name: 'kind_1', key: [['kind', 1]] as [string, number][] },
          { name: 'b_p', key: [['score', 1]] as [string, number][], partialFilterExpression: '{"score":{"$gt":{"$numberInt":"0"}}}' },
          { name: 'at_ttl', key: [['at', 1]] as [string, number][], expireAfterSeconds: 3600 },
        ],
        options: { validator: '{"kind":{"$type":"string"}}' },
      }),
    };
    const logs: string[] = [];
    const result = await runSync({
      spec,
      source,
      target: endpoints.target,
      hooks: { onCheckpoint: async () => undefined, onLog: (line) => void logs.push(line) },
    });
    expect(result.copied).toBe(1);
    expect(result.indexes?.created).toEqual(['kind_1']);
    expect(result.indexes?.notCreated).toEqual([
      { name: 'collection option validator', reason: 'validator not supported by the target' },
      { name: 'index b_p', reason: 'partialFilterExpression not supported by the target' },
      { name: 'index at_ttl', reason: 'expireAfterSeconds not supported by the target' },
    ]);
    expect(logs).toContain('index b_p not created: partialFilterExpression not supported by the target');
    expect(logs).toContain('index at_ttl not created: expireAfterSeconds not supported by the target');
  }, 60_000);

  it('reports an existing target whose indexes differ, without changing it', async () => {
    const target = stores.db.collection('people_existing');
    await target.insertOne({ email: 'x@example.com' });
    await target.createIndex({ email: 1 }, { name: 'email_u' });
    await target.createIndex({ rank: 1 }, { name: 'rank_1' });
    const { result, logs } = await copy({ source: mongoNs('people'), target: mongoNs('people_existing') });
    expect(result.indexes?.targetExisted).toBe(true);
    expect(result.indexes?.created).toEqual([]);
    expect(result.indexes?.differences).toEqual([
      'index email_u is { email: 1 } on the target, { email: 1 } unique on the source',
      'index nick_sparse is missing on the target',
      'index team_rank is missing on the target',
      'index rank_1 is on the target only',
    ]);
    expect(logs).toContain('the existing target differs (not changed): index team_rank is missing on the target');
    expect(Object.keys(await indexesOf('people_existing')).sort()).toEqual(['_id_', 'email_u', 'rank_1']);
  }, 60_000);
});

describe('unique keys across engines (real MariaDB + FerretDB)', () => {
  it('MongoDB → MySQL creates a unique key per unique index; MySQL → MongoDB brings them back as unique indexes', async () => {
    const there = await copy({ source: mongoNs('people'), target: mysqlNs('people'), verify: 'hash' });
    expect(there.result.indexes).toMatchObject({
      created: ['email_u', 'nick_sparse'],
      notCreated: [{ name: 'index team_rank', reason: 'not unique: a MySQL target gets only the unique indexes, as unique keys' }],
    });
    const [keys] = await mysql.pool.query(
      `SELECT INDEX_NAME name, COLUMN_NAME col FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'people' AND NON_UNIQUE = 0 ORDER BY INDEX_NAME`,
      [mysql.schema],
    );
    expect(keys).toEqual([
      { name: 'email_u', col: 'email' },
      { name: 'nick_sparse', col: 'nick' },
      { name: 'PRIMARY', col: '_id' },
    ]);
    // Run again into the table it created: compared, equal, nothing repeated.
    const again = await copy({ source: mongoNs('people'), target: mysqlNs('people') });
    expect(again.result.indexes).toEqual({ targetExisted: true, created: [], options: [], notCreated: [], differences: [] });
    await mysql.pool.query(`ALTER TABLE \`${mysql.schema}\`.people DROP INDEX nick_sparse`);
    expect((await copy({ source: mongoNs('people'), target: mysqlNs('people') })).result.indexes?.differences).toEqual([
      'index nick_sparse is missing on the target',
    ]);
    await mysql.pool.query(`ALTER TABLE \`${mysql.schema}\`.people ADD UNIQUE KEY nick_sparse (nick)`);
    const back = await copy({ source: mysqlNs('people'), target: mongoNs('people_back'), verify: 'hash' });
    expect(back.result.indexes).toMatchObject({ created: ['email_u', 'nick_sparse'], notCreated: [] });
    expect(await indexesOf('people_back')).toMatchObject({ email_u: { key: { email: 1 }, unique: true }, nick_sparse: { key: { nick: 1 }, unique: true } });
  }, 60_000);
});
