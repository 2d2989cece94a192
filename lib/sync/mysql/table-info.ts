/** Why: both MySQL endpoints need a table's columns (with types, comments, JSON checks) and its keys, from one query each. */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { MysqlColumn } from '../mapping/mysql-to-mongo';

export type TableInfo = { columns: MysqlColumn[]; primaryKey: string[]; uniqueKeys: { name: string; columns: string[] }[] };

/** The table's description, or null when it does not exist. */
export async function readTable(pool: Pool, schema: string, table: string): Promise<TableInfo | null> {
  const [[columns], [keys], [checks]] = await Promise.all([
    pool.query<RowDataPacket[]>(
      `SELECT COLUMN_NAME name, DATA_TYPE dataType, COLUMN_TYPE columnType, COLUMN_COMMENT comment, IS_NULLABLE nullable
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
      [schema, table],
    ),
    pool.query<RowDataPacket[]>(
      `SELECT INDEX_NAME indexName, COLUMN_NAME name FROM information_schema.STATISTICS
         WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND NON_UNIQUE = 0 ORDER BY INDEX_NAME, SEQ_IN_INDEX`,
      [schema, table],
    ),
    pool.query<RowDataPacket[]>(`SELECT CHECK_CLAUSE clause FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?`, [
      schema,
      table,
    ]),
  ]);
  if (!columns.length) return null;
  const jsonChecks = checks.map((c) => String(c.clause));
  const byIndex = new Map<string, string[]>();
  for (const key of keys) byIndex.set(String(key.indexName), [...(byIndex.get(String(key.indexName)) ?? []), String(key.name)]);
  return {
    columns: columns.map((c) => ({
      name: String(c.name),
      dataType: String(c.dataType),
      columnType: String(c.columnType),
      comment: String(c.comment ?? ''),
      nullable: String(c.nullable) === 'YES',
      isJson: String(c.dataType) === 'json' || jsonChecks.some((clause) => clause.replaceAll('`', '') === `json_valid(${String(c.name)})`),
    })),
    primaryKey: byIndex.get('PRIMARY') ?? [],
    uniqueKeys: [...byIndex].filter(([name]) => name !== 'PRIMARY').map(([name, cols]) => ({ name, columns: cols })),
  };
}
