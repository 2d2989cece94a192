/**
 * Why: a MySQL table as a sync source: keyset pages on the primary key (one page read ahead), one document per
 * row (lib/sync/mapping/mysql-to-mongo.ts), incremental windows on a column the admin names. Secret tables and
 * columns are refused before anything is read (deny-list.ts).
 */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Namespace, SyncSpec } from '../../validation/sync';
import { decodeValue, encodeValue } from '../bson-values';
import { ReadAheadBatches } from '../batch-reader';
import { deniedColumns } from '../deny-list';
import { SyncConfigError } from '../errors';
import { columnTypeOf, fromSqlValue, isAbsentWhenNull, rowToDocument, type DecimalTarget, type RowShape } from '../mapping/mysql-to-mongo';
import { COMMENT_PREFIX } from '../mapping/mongo-to-mysql';
import { allRows, readPage, type Keyset } from '../mysql/keyset';
import { sqlParam } from '../mysql/params';
import { quoteId, quoteTable } from '../mysql/pool';
import { readTable } from '../mysql/table-info';
import { documentsOf, hashDocuments } from '../verify';
import { mysqlUniqueIndexes } from '../indexes/mysql-indexes';
import type { SyncSource, Window } from './types';

export async function mysqlSource(pool: Pool, ns: Namespace, spec: SyncSpec, decimals: DecimalTarget): Promise<SyncSource> {
  const info = await readTable(pool, ns.db, ns.collection);
  if (!info) throw new SyncConfigError(`source table ${ns.db}.${ns.collection} does not exist`);
  const denied = deniedColumns(
    ns,
    info.columns.map((c) => c.name),
  );
  if (denied) throw new SyncConfigError(denied);
  if (info.primaryKey.length !== 1)
    throw new SyncConfigError(
      `source table ${ns.db}.${ns.collection} needs a single-column primary key to be read by keyset (it has ${info.primaryKey.length})`,
    );
  const key = info.primaryKey[0];
  const fields = info.columns.map((c) => ({
    column: c.name,
    field: c.name === key ? '_id' : c.name,
    type: columnTypeOf(c),
    noted: c.comment.startsWith(COMMENT_PREFIX),
    absent: isAbsentWhenNull(c),
  }));
  const shape: RowShape = { fields, decimals };
  const markColumn = spec.watermarkField === '_id' ? key : spec.watermarkField;
  const mark = fields.find((f) => f.column === markColumn);
  if (spec.mode === 'incremental' && !mark) throw new SyncConfigError(`watermark column ${markColumn} is not a column of ${ns.db}.${ns.collection}`);
  const table = quoteTable(ns);
  const windowed = (window: Window) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (spec.mode === 'incremental' && window) {
      if (!window.until) return { where: ['FALSE'], params };
      if (window.since) {
        where.push(`${quoteId(markColumn)} > ?`);
        params.push(sqlParam(decodeValue(window.since)));
      }
      where.push(`${quoteId(markColumn)} <= ?`);
      params.push(sqlParam(decodeValue(window.until)));
    }
    return { where, params };
  };
  const keyset = (window: Window, columns = '*'): Keyset => ({ pool, table, key, columns, ...windowed(window) });
  const toDoc = (row: Record<string, unknown>) => rowToDocument(row, shape);
  const keyType = fields.find((f) => f.column === key)!;
  const read = (window: Window, lastId: unknown, batchSize: number) => {
    let after = lastId === undefined ? undefined : sqlParam(lastId);
    let done = false;
    return new ReadAheadBatches(async () => {
      if (done) return [];
      const rows = await readPage(keyset(window), after, batchSize);
      done = rows.length < batchSize;
      if (rows.length) after = rows[rows.length - 1][key];
      return rows.map(toDoc);
    });
  };
  const count = async (window: Window) => {
    const { where, params } = windowed(window);
    const [[row]] = await pool.query<RowDataPacket[]>(`SELECT COUNT(*) n FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params);
    return Number(row.n);
  };
  return {
    label: `mysql:${ns.db}.${ns.collection}`,
    async highWatermark() {
      const [[row]] = await pool.query<RowDataPacket[]>(`SELECT MAX(${quoteId(markColumn)}) mark FROM ${table}`);
      return row.mark === null ? null : encodeValue(fromSqlValue(row.mark, mark!.type, mark!.noted, decimals));
    },
    read,
    size: count,
    count,
    async *ids(window, batchSize) {
      for await (const row of allRows(keyset(window, quoteId(key)), batchSize)) yield fromSqlValue(row[key], keyType.type, keyType.noted, decimals);
    },
    async present(window, ids) {
      if (!ids.length) return new Set();
      const { where, params } = windowed(window);
      const [rows] = await pool.query<RowDataPacket[]>(`SELECT ${quoteId(key)} k FROM ${table} WHERE ${[...where, `${quoteId(key)} IN (?)`].join(' AND ')}`, [
        ...params,
        ids.map(sqlParam),
      ]);
      return new Set(rows.map((row) => encodeValue(fromSqlValue(row.k, keyType.type, keyType.noted, decimals))));
    },
    hash: (window, normalize, batchSize, signal) => hashDocuments(documentsOf(read(window, undefined, batchSize)), signal, normalize),
    indexes: async () => ({ indexes: mysqlUniqueIndexes(info, (column) => (column === key ? '_id' : column)), options: {} }),
  };
}
