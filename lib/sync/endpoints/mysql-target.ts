/**
 * Why: a MySQL table as a sync target. Documents become rows through a column map (the spec's, the existing
 * table's, or one inferred from a sample, in that order; the table is created from it when missing) and are
 * written with batched `INSERT … ON DUPLICATE KEY UPDATE`, which is idempotent. The connection runs in strict
 * mode, so a value that does not fit fails the run naming the document's _id and the field.
 */
import type { Document } from 'bson';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { ColumnSpec } from '../../validation/column-map';
import { RESERVED_COLLECTION_PREFIX, type Namespace, type SyncSpec } from '../../validation/sync';
import { canonicalDocument, encodeValue } from '../bson-values';
import { SyncConfigError } from '../errors';
import { createTableSql, documentToRow, inferColumnMap, misfit } from '../mapping/mongo-to-mysql';
import { fromSqlValue, rowToDocument, type RowShape } from '../mapping/mysql-to-mongo';
import { columnMapOfTable, mapMismatches } from '../mapping/table-map';
import { allRows, type Keyset } from '../mysql/keyset';
import { sqlParam } from '../mysql/params';
import { quoteId, quoteTable } from '../mysql/pool';
import { readTable, type TableInfo } from '../mysql/table-info';
import { hashDocuments } from '../verify';
import { applyMysqlIndexes } from '../indexes/mysql-indexes';
import type { SyncTarget } from './types';

/** MySQL errors about a value that does not fit its column; their message names the column and the row. */
const VALUE_ERRORS = new Set([1048, 1264, 1265, 1292, 1366, 1406, 3140, 4025]);

export type MysqlTargetOptions = { sample: () => Promise<Document[]>; onLog?: (line: string) => unknown };

export async function mysqlTarget(pool: Pool, ns: Namespace, spec: SyncSpec, options: MysqlTargetOptions): Promise<SyncTarget> {
  const table = quoteTable(ns);
  const { columns, existing } = await resolveColumns(pool, ns, spec, options);
  await options.onLog?.(`column map: ${columns.map((c) => `${c.field} → ${c.column} ${c.type}${c.length ? `(${c.length})` : ''}`).join(', ')}`);
  const id = columns.find((c) => c.field === '_id')!;
  const fields = new Set(columns.map((c) => c.field));
  const names = columns.map((c) => quoteId(c.column)).join(', ');
  const keyset: Keyset = { pool, table, key: id.column, columns: '*', where: [], params: [] };
  const shape: RowShape = {
    fields: columns.map((c) => ({ column: c.column, field: c.field, type: c.type, noted: true, absent: c.type === 'json' || Boolean(c.absent) })),
    decimals: 'decimal128',
  };
  const rowToDoc = (row: Record<string, unknown>) => rowToDocument(row, shape);
  const normalize = (doc: Document) => {
    const values = documentToRow(doc, columns, fields);
    return rowToDoc(Object.fromEntries(columns.map((c, i) => [c.column, values[i]])));
  };
  const insert = async (docs: Document[], upsert: boolean) => {
    if (!docs.length) return;
    const rows = docs.map((doc) => documentToRow(doc, columns, fields));
    const update = upsert ? ` ON DUPLICATE KEY UPDATE ${columns.map((c) => `${quoteId(c.column)} = VALUES(${quoteId(c.column)})`).join(', ')}` : '';
    try {
      await pool.query(`INSERT INTO ${table} (${names}) VALUES ?${update}`, [rows]);
    } catch (error) {
      throw valueError(error, docs, columns) ?? error;
    }
  };
  const storedRows = async (docs: Document[]) => {
    const ids = docs.map((d) => sqlParam(d._id));
    const [rows] = await pool.execute<RowDataPacket[]>(
      `SELECT * FROM ${table} WHERE ${quoteId(id.column)} IN (${ids.map(() => '?').join(', ')})`,
      ids as never,
    );
    return new Map(rows.map((row) => [encodeValue(rowToDoc(row)._id), canonicalDocument(rowToDoc(row))]));
  };
  const marks = `${quoteId(ns.db)}.${quoteId(`${RESERVED_COLLECTION_PREFIX}_watermarks`)}`;
  return {
    label: `mysql:${ns.db}.${ns.collection}`,
    normalize,
    async writeBatch(docs, mode, resuming) {
      if (mode === 'upsert') return (await insert(docs, true), { existing: 0, duplicates: [] });
      const stored = await storedRows(docs);
      const fresh = docs.filter((d) => !stored.has(encodeValue(d._id)));
      await insert(fresh, false);
      const existing = docs.filter((d) => stored.has(encodeValue(d._id)));
      // Identical rows met while resuming are this job's own writes from before a crash, not duplicates.
      const duplicates = resuming ? existing.filter((d) => stored.get(encodeValue(d._id)) !== canonicalDocument(normalize(d))) : existing;
      return { existing: existing.length, duplicates };
    },
    async *ids(batchSize) {
      for await (const row of allRows({ ...keyset, columns: quoteId(id.column) }, batchSize)) yield fromSqlValue(row[id.column], id.type, true, 'decimal128');
    },
    async deleteIds(ids) {
      if (!ids.length) return 0;
      const [result] = await pool.query(`DELETE FROM ${table} WHERE ${quoteId(id.column)} IN (?)`, [ids.map(sqlParam)]);
      return (result as { affectedRows: number }).affectedRows;
    },
    async count() {
      const [[row]] = await pool.query<RowDataPacket[]>(`SELECT COUNT(*) n FROM ${table}`);
      return Number(row.n);
    },
    hash: (batchSize, signal) => hashDocuments(mapRows(allRows(keyset, batchSize), rowToDoc), signal),
    copyIndexes: (source) => applyMysqlIndexes({ pool, ns, columns, existing }, source),
    async loadWatermark(key) {
      await pool.query(`CREATE TABLE IF NOT EXISTS ${marks} (id VARCHAR(700) PRIMARY KEY, mark TEXT NOT NULL, updated_at DATETIME(3) NOT NULL)`);
      const [[row]] = await pool.query<RowDataPacket[]>(`SELECT mark FROM ${marks} WHERE id = ?`, [key]);
      return row ? String(row.mark) : null;
    },
    async saveWatermark(key, mark) {
      await pool.query(
        `INSERT INTO ${marks} (id, mark, updated_at) VALUES (?, ?, NOW(3)) ON DUPLICATE KEY UPDATE mark = VALUES(mark), updated_at = VALUES(updated_at)`,
        [key, mark],
      );
    },
  };
}

async function* mapRows(rows: AsyncIterable<Record<string, unknown>>, map: (row: Record<string, unknown>) => Document): AsyncGenerator<Document> {
  for await (const row of rows) yield map(row);
}

/** The column map to write through, and the table as it was found (null when this run created it). */
async function resolveColumns(
  pool: Pool,
  ns: Namespace,
  spec: SyncSpec,
  options: MysqlTargetOptions,
): Promise<{ columns: ColumnSpec[]; existing: TableInfo | null }> {
  const info = await readTable(pool, ns.db, ns.collection);
  if (info) {
    if (info.primaryKey.length !== 1) throw new SyncConfigError(`target table ${ns.db}.${ns.collection} needs a single-column primary key`);
    const existing = columnMapOfTable(info);
    const problems = spec.columns ? mapMismatches(spec.columns, existing) : [];
    if (problems.length) throw new SyncConfigError(`target table ${ns.db}.${ns.collection} does not match the column map: ${problems.join('; ')}`);
    return { columns: spec.columns ?? existing, existing: info };
  }
  const columns = spec.columns ?? inferColumnMap(await options.sample());
  await pool.query(`CREATE DATABASE IF NOT EXISTS ${quoteId(ns.db)} CHARACTER SET utf8mb4`);
  await pool.query(createTableSql(quoteTable(ns), columns));
  await options.onLog?.(`created table ${ns.db}.${ns.collection}`);
  return { columns, existing: null };
}

/** A strict-mode refusal as "document _id … field …: …"; null for any other error. */
function valueError(error: unknown, docs: Document[], columns: ColumnSpec[]): Error | null {
  const { errno, sqlMessage } = error as { errno?: number; sqlMessage?: string };
  if (!errno || !VALUE_ERRORS.has(errno) || !sqlMessage) return null;
  const row = Number(/at row (\d+)/.exec(sqlMessage)?.[1] ?? 1);
  const named = /column\s+[`'"]?([^\s'"]+?)[`'"]?(?:\s|$)/i.exec(sqlMessage)?.[1] ?? '';
  const column = named.replaceAll('`', '').split('.').at(-1);
  const field = columns.find((c) => c.column === column)?.field ?? column ?? '?';
  return misfit(docs[Math.min(row, docs.length) - 1] ?? docs[0], field, sqlMessage);
}
