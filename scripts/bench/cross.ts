/**
 * Why: the cross-engine copies are measured beside a plain batched driver copy of the same data (cursor batches →
 * mysql2 multi-row INSERT; keyset pages → insertMany), in one process on the same servers, so the ratios show what
 * the engine costs (column map, strict mapping, checkpoints, one batch read ahead) and nothing else.
 */
import { EJSON, type Document } from 'bson';
import { ObjectId, type Db } from 'mongodb';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { runSync } from '../../lib/sync/engine';
import { openEndpoints } from '../../lib/sync/endpoints/open';
import { quoteId, quoteTable } from '../../lib/sync/mysql/pool';
import { syncSpecSchema } from '../../lib/validation/sync';

export type CrossBench = { rows: [string, number][]; mongo_to_mysql_vs_raw: number; mysql_to_mongo_vs_raw: number };

type Setup = { db: Db; pool: Pool; schema: string; source: string; count: number; batch: number };

async function seconds(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The engine in this process (no queue): MongoDB → MySQL or back, into a fresh target. */
async function engineCopy(s: Setup, from: { engine: 'mongodb' | 'mysql'; collection: string }, to: { engine: 'mongodb' | 'mysql'; collection: string }) {
  const ns = (side: typeof from) => ({ ...side, db: side.engine === 'mongodb' ? s.db.databaseName : s.schema });
  await dropTarget(s, ns(to));
  const spec = syncSpecSchema.parse({ source: ns(from), target: ns(to), batchSize: s.batch, verify: 'none' });
  return (
    s.count /
    (await seconds(async () =>
      runSync({ spec, ...(await openEndpoints(spec, { mongo: s.db.client, mysql: () => s.pool })), hooks: { onCheckpoint: async () => undefined } }),
    ))
  );
}

async function dropTarget(s: Setup, ns: { engine: string; db: string; collection: string }) {
  if (ns.engine === 'mysql') await s.pool.query(`DROP TABLE IF EXISTS ${quoteTable(ns)}`);
  else
    await s.db
      .collection(ns.collection)
      .drop()
      .catch(() => undefined);
}

const rowOf = (doc: Document, columns: string[]) =>
  columns.map((c) => {
    const v = doc[c === '_id' ? '_id' : c];
    if (v instanceof ObjectId) return v.toHexString();
    if (typeof v === 'boolean') return Number(v);
    return v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
  });

/** Cursor batches → one multi-row INSERT each, into a table like the engine's. */
async function rawToMysql(s: Setup, like: string): Promise<number> {
  const table = `${quoteId(s.schema)}.raw_mysql`;
  await s.pool.query(`DROP TABLE IF EXISTS ${table}`);
  await s.pool.query(`CREATE TABLE ${table} LIKE ${quoteId(s.schema)}.${quoteId(like)}`);
  const [described] = await s.pool.query<RowDataPacket[]>(`SHOW COLUMNS FROM ${table}`);
  const columns = described.map((c) => String(c.Field));
  const sql = `INSERT INTO ${table} (${columns.map(quoteId).join(', ')}) VALUES ?`;
  return (
    s.count /
    (await seconds(async () => {
      let rows: unknown[][] = [];
      for await (const doc of s.db.collection(s.source).find({}).sort({ _id: 1 }).batchSize(s.batch)) {
        rows.push(rowOf(doc, columns));
        if (rows.length === s.batch) {
          await s.pool.query(sql, [rows]);
          rows = [];
        }
      }
      if (rows.length) await s.pool.query(sql, [rows]);
    }))
  );
}

/** Keyset pages of the table → insertMany each. */
async function rawToMongo(s: Setup, table: string): Promise<number> {
  const target = s.db.collection('raw_mongo');
  await target.drop().catch(() => undefined);
  const [described] = await s.pool.query<RowDataPacket[]>(`SHOW COLUMNS FROM ${quoteId(s.schema)}.${quoteId(table)}`);
  const json = new Set(described.filter((c) => /json|longtext/i.test(String(c.Type))).map((c) => String(c.Field)));
  const page = `SELECT * FROM ${quoteId(s.schema)}.${quoteId(table)} WHERE _id > ? ORDER BY _id LIMIT ${s.batch}`;
  return (
    s.count /
    (await seconds(async () => {
      for (let after = ''; ;) {
        const [rows] = await s.pool.query<RowDataPacket[]>(page, [after]);
        if (!rows.length) break;
        const docs = rows.map((row) => {
          const doc: Document = { ...row, _id: new ObjectId(String(row._id)) };
          for (const c of json) if (typeof doc[c] === 'string') doc[c] = EJSON.parse(doc[c], { relaxed: false });
          return doc;
        });
        await target.insertMany(docs, { ordered: false });
        after = String(rows[rows.length - 1]._id);
      }
    }))
  );
}

/** Each copy once unmeasured (warm driver, JIT and buffer pool), then raw and engine alternately, best of `rounds`. */
export async function benchCross(s: Setup, rounds = 2): Promise<CrossBench> {
  const toMysql = () => engineCopy(s, { engine: 'mongodb', collection: s.source }, { engine: 'mysql', collection: 'engine_mysql' });
  const toMongo = () => engineCopy(s, { engine: 'mysql', collection: 'engine_mysql' }, { engine: 'mongodb', collection: 'engine_mongo' });
  await s.pool.query(`CREATE DATABASE IF NOT EXISTS ${quoteId(s.schema)}`);
  await toMysql();
  await toMongo();
  const best = { rawMysql: 0, engineMysql: 0, rawMongo: 0, engineMongo: 0 };
  for (let round = 0; round < rounds; round++) {
    best.rawMysql = Math.max(best.rawMysql, await rawToMysql(s, 'engine_mysql'));
    best.engineMysql = Math.max(best.engineMysql, await toMysql());
    best.rawMongo = Math.max(best.rawMongo, await rawToMongo(s, 'engine_mysql'));
    best.engineMongo = Math.max(best.engineMongo, await toMongo());
  }
  return {
    rows: [
      ['raw MongoDB → MySQL (cursor → multi-row INSERT)', best.rawMysql],
      ['engine MongoDB → MySQL', best.engineMysql],
      ['raw MySQL → MongoDB (keyset → insertMany)', best.rawMongo],
      ['engine MySQL → MongoDB', best.engineMongo],
    ],
    mongo_to_mysql_vs_raw: Number((best.engineMysql / best.rawMysql).toFixed(3)),
    mysql_to_mongo_vs_raw: Number((best.engineMongo / best.rawMongo).toFixed(3)),
  };
}
