/**
 * Why: a MySQL side is read by keyset paging on its primary key (`WHERE key > last ORDER BY key LIMIT n`), never
 * OFFSET: each page costs the same however deep into the table it is, and a resumed read starts at its checkpoint.
 */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { quoteId } from './pool';

export type Keyset = { pool: Pool; table: string; key: string; columns: string; where: string[]; params: unknown[] };

/** One page of rows after `after` (undefined: from the start). */
export async function readPage(k: Keyset, after: unknown, limit: number): Promise<Record<string, unknown>[]> {
  const where = [...k.where, ...(after === undefined ? [] : [`${quoteId(k.key)} > ?`])];
  const sql = `SELECT ${k.columns} FROM ${k.table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${quoteId(k.key)} LIMIT ${Math.floor(limit)}`;
  // Prepared statements use the binary protocol, which carries DOUBLEs exactly (the text protocol rounds some).
  const [rows] = await k.pool.execute<RowDataPacket[]>(sql, [...k.params, ...(after === undefined ? [] : [after])] as never);
  return rows;
}

/** Every row in key order, a page at a time. */
export async function* allRows(k: Keyset, pageSize: number): AsyncGenerator<Record<string, unknown>> {
  let after: unknown;
  for (;;) {
    const rows = await readPage(k, after, pageSize);
    yield* rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1][k.key];
  }
}
