import './support/isolate';
import { EJSON, Int32, ObjectId, type Document } from 'bson';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAnalyticsDataset } from '@/scripts/seed-demo';
import { runSync } from '@/lib/sync/engine';
import { openEndpoints } from '@/lib/sync/endpoints/open';
import { SyncConfigError } from '@/lib/sync/errors';
import type { Checkpoint } from '@/lib/sync/types';
import { syncSpecSchema, type SyncSpecInput } from '@/lib/validation/sync';
import { allTypesDocuments } from './support/dataset';
import { openSchema, type TestSchema } from './support/mysql';
import { canonicalContents, closeStores, openStores, type TestStores } from './support/stores';

const DATASET = path.resolve(import.meta.dirname, '../../../shared/datasets/analytics');
let stores: TestStores;
let mysql: TestSchema;
const mongoNs = (collection: string) => ({ engine: 'mongodb' as const, db: stores.dbName, collection });
const mysqlNs = (table: string) => ({ engine: 'mysql' as const, db: mysql.schema, collection: table });

async function copy(input: SyncSpecInput, checkpoint?: Checkpoint) {
  const spec = syncSpecSchema.parse(input);
  const logs: string[] = [];
  const endpoints = await openEndpoints(spec, { mongo: stores.mongo, mysql: () => mysql.pool, onLog: (line) => logs.push(line) });
  const result = await runSync({ spec, ...endpoints, checkpoint, hooks: { onCheckpoint: async () => undefined, onLog: (line) => void logs.push(line) } });
  return { result, logs };
}

const rows = async (table: string) => (await mysql.pool.query(`SELECT * FROM \`${mysql.schema}\`.\`${table}\` ORDER BY 1`))[0] as Document[];
const slice = (file: string, n: number) =>
  readFileSync(path.join(DATASET, file), 'utf8')
    .split('\n')
    .slice(0, n)
    .map((line) => EJSON.parse(line, { relaxed: false }) as Document);

beforeAll(async () => {
  stores = await openStores('xsync');
  mysql = await openSchema('xsync');
  await stores.db.collection('all_types').insertMany(allTypesDocuments(600));
});

afterAll(async () => {
  await mysql?.drop();
  await closeStores(stores);
});

describe('MongoDB → MySQL → MongoDB (real FerretDB + MariaDB)', () => {
  it('round-trips every supported BSON type exactly, verified by hash on both legs', async () => {
    const there = await copy({ source: mongoNs('all_types'), target: mysqlNs('all_types'), verify: 'hash', batchSize: 128 });
    expect(there.result).toMatchObject({ copied: 600, verification: { sourceCount: 600, targetCount: 600, hashMatch: true } });
    expect(there.logs.join('\n')).toContain('_id → _id objectId, seq → seq int, name → name string(32), big → big long, ratio → ratio double');
    const [first] = await rows('all_types');
    expect(first).toMatchObject({ _id: allTypesDocuments(1)[0]._id.toHexString(), seq: 0, flag: 1, nothing: 'null' });
    const back = await copy({ source: mysqlNs('all_types'), target: mongoNs('all_types_back'), verify: 'hash', batchSize: 100 });
    expect(back.result).toMatchObject({ copied: 600, verification: { sourceCount: 600, targetCount: 600, hashMatch: true } });
    expect(await canonicalContents(stores.db.collection('all_types_back'))).toEqual(await canonicalContents(stores.db.collection('all_types')));
  }, 60_000);

  it('round-trips a slice of the analytics customers, accounts and transaction buckets value for value and type for type', async () => {
    const { transactions } = generateAnalyticsDataset({ count: 20, seed: 7 });
    const data = { customers: slice('customers.json', 60), accounts: slice('accounts.json', 120), transactions: transactions.slice(0, 40) };
    for (const [name, docs] of Object.entries(data)) {
      await stores.db.collection(`a_${name}`).insertMany(docs);
      await copy({ source: mongoNs(`a_${name}`), target: mysqlNs(`a_${name}`), verify: 'hash' });
      const back = await copy({ source: mysqlNs(`a_${name}`), target: mongoNs(`a_${name}_back`), verify: 'hash' });
      expect(back.result.verification).toMatchObject({ sourceCount: docs.length, hashMatch: true });
      expect(await canonicalContents(stores.db.collection(`a_${name}_back`))).toEqual(await canonicalContents(stores.db.collection(`a_${name}`)));
    }
    const [customer] = await rows('a_customers');
    expect(JSON.parse(String(customer.accounts))[0]).toEqual({ $numberInt: '371138' });
  }, 90_000);
});

describe('every mode in each cross direction', () => {
  const modes = async (source: (n: string) => { engine: 'mongodb' | 'mysql'; db: string; collection: string }, target: typeof source, tag: string) => {
    const base = `${tag}_src`;
    const to = (name: string) => target(`${tag}_${name}`);
    const upsert = await copy({ source: source(base), target: to('upsert'), verify: 'hash' });
    const again = await copy({ source: source(base), target: to('upsert'), verify: 'hash' });
    expect([upsert.result.copied, again.result.copied, again.result.verification?.targetCount]).toEqual([50, 50, 50]);
    const insert = await copy({ source: source(base), target: to('upsert'), mode: 'insert' });
    expect(insert.result).toMatchObject({ copied: 0, duplicates: 50 });
    return { base, to };
  };

  it('MongoDB → MySQL and MySQL → MongoDB: upsert reruns, insert, mirror deletes extras, incremental copies only what is new', async () => {
    await stores.db.collection('m_src').insertMany(allTypesDocuments(50, 1_000));
    const { to: toMysql } = await modes(mongoNs, mysqlNs, 'm');
    await mysql.pool.query(`INSERT INTO \`${mysql.schema}\`.m_upsert (_id, seq) VALUES ('0123456789abcdef01234567', 9)`);
    const mirror = await copy({ source: mongoNs('m_src'), target: toMysql('upsert'), mode: 'mirror', verify: 'hash', batchSize: 20 });
    expect(mirror.result).toMatchObject({ copied: 50, deleted: 1, verification: { hashMatch: true } });
    const first = await copy({ source: mongoNs('m_src'), target: toMysql('incr'), mode: 'incremental', watermarkField: 'when' });
    await stores.db.collection('m_src').insertMany(allTypesDocuments(5, 1_050));
    const second = await copy({ source: mongoNs('m_src'), target: toMysql('incr'), mode: 'incremental', watermarkField: 'when', verify: 'count' });
    expect([first.result.copied, second.result.copied, second.result.verification?.targetCount]).toEqual([50, 5, 55]);

    await copy({ source: mongoNs('all_types'), target: mysqlNs('q_src'), filter: '{"seq": {"$lt": 50}}' });
    const { to: toMongo } = await modes(mysqlNs, mongoNs, 'q');
    await stores.db.collection('q_upsert').insertOne({ _id: new ObjectId(), stale: true });
    const back = await copy({ source: mysqlNs('q_src'), target: toMongo('upsert'), mode: 'mirror', verify: 'hash', batchSize: 20 });
    expect(back.result).toMatchObject({ copied: 50, deleted: 1, verification: { hashMatch: true } });
    const one = await copy({ source: mysqlNs('q_src'), target: toMongo('incr'), mode: 'incremental', watermarkField: 'seq' });
    await mysql.pool.query(`DELETE FROM \`${mysql.schema}\`.q_src WHERE seq >= 40`);
    await copy({ source: mongoNs('all_types'), target: mysqlNs('q_src'), filter: '{"seq": {"$gte": 40, "$lt": 45}}' });
    const two = await copy({ source: mysqlNs('q_src'), target: toMongo('incr'), mode: 'incremental', watermarkField: 'seq', verify: 'count' });
    expect([one.result.copied, two.result.copied]).toEqual([50, 0]);
    await mysql.pool.query(`UPDATE \`${mysql.schema}\`.q_src SET seq = 100 + seq WHERE seq = 44`);
    const three = await copy({ source: mysqlNs('q_src'), target: toMongo('incr'), mode: 'incremental', watermarkField: 'seq' });
    expect(three.result.copied).toBe(1);
    expect(await stores.db.collection('q_incr').findOne({ seq: new Int32(144) })).not.toBeNull();
  }, 90_000);

  it('MySQL → MySQL copies through the source table’s own column map, in every mode', async () => {
    await copy({ source: mongoNs('all_types'), target: mysqlNs('s_src'), filter: '{"seq": {"$lt": 50}}' });
    const { to } = await modes(mysqlNs, mysqlNs, 's');
    await mysql.pool.query(`INSERT INTO \`${mysql.schema}\`.s_upsert (_id, seq) VALUES ('0123456789abcdef01234567', 9)`);
    const mirror = await copy({ source: mysqlNs('s_src'), target: to('upsert'), mode: 'mirror', verify: 'hash' });
    expect(mirror.result).toMatchObject({ deleted: 1, verification: { targetCount: 50, hashMatch: true } });
    const incremental = await copy({ source: mysqlNs('s_src'), target: to('incr'), mode: 'incremental', watermarkField: 'seq', verify: 'hash' });
    expect(incremental.result).toMatchObject({ copied: 50, verification: { hashMatch: true } });
  }, 60_000);
});

describe('values that do not fit, and tables that do not match', () => {
  it('fails naming the document’s _id and the field when a value is too long for its column (strict mode, no truncation)', async () => {
    const id = new ObjectId();
    await stores.db.collection('long').insertMany([
      { _id: new ObjectId(), name: 'short' },
      { _id: id, name: 'x'.repeat(40) },
    ]);
    const columns = JSON.stringify([
      { field: '_id', column: '_id', type: 'objectId' },
      { field: 'name', column: 'name', type: 'string', length: 8 },
    ]);
    const failure = await copy({ source: mongoNs('long'), target: mysqlNs('long'), columns }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncConfigError);
    expect((failure as Error).message).toMatch(
      new RegExp(`^document _id \\{"v":\\{"\\$oid":"${id.toHexString()}"\\}\\} field "name": Data too long for column`),
    );
    const wider = JSON.stringify([
      { field: '_id', column: '_id', type: 'objectId' },
      { field: 'name', column: 'name', type: 'string', length: 64 },
    ]);
    await expect(copy({ source: mongoNs('long'), target: mysqlNs('long'), columns: wider })).rejects.toThrow(
      `target table ${mysql.schema}.long does not match the column map: column "name" is string(8), the map says string(64)`,
    );
  });

  it('fails naming the field when a document has a field the map does not cover', async () => {
    await stores.db.collection('extra').insertOne({ _id: 'a' as never, x: new Int32(1) });
    await copy({ source: mongoNs('extra'), target: mysqlNs('extra') });
    await stores.db.collection('extra').insertOne({ _id: 'b' as never, x: new Int32(2), y: true });
    await expect(copy({ source: mongoNs('extra'), target: mysqlNs('extra') })).rejects.toThrow(
      'document _id {"v":"b"} field "y": the field is not in the column map (add a column for it)',
    );
  });
});
