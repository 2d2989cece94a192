/**
 * Why: indexes across engines are unique keys: a MySQL source offers its unique keys as unique indexes on the
 * mapped fields (the primary key is _id, which is always indexed), and a MySQL target the run creates gets a
 * unique key per unique index of the source, through the column map; an existing table is compared, not changed.
 */
import type { Pool } from 'mysql2/promise';
import type { ColumnSpec } from '../../validation/column-map';
import type { Namespace } from '../../validation/sync';
import { quoteId, quoteTable } from '../mysql/pool';
import type { TableInfo } from '../mysql/table-info';
import { refusalReason } from './refusal';
import { emptyReport, indexDifferences, type IndexReport, type IndexSpec, type NotCreated, type SourceIndexes } from './types';

/** A table's unique keys as unique indexes on document fields (columns through `fieldOf`). */
export function mysqlUniqueIndexes(info: TableInfo, fieldOf: (column: string) => string): IndexSpec[] {
  return info.uniqueKeys.map((key) => ({ name: key.name, key: key.columns.map((column) => [fieldOf(column), 1]), unique: true }));
}

/** `existing`: the table as the target found it when it opened (null when this run created it). */
export type MysqlIndexTarget = { pool: Pool; ns: Namespace; columns: ColumnSpec[]; existing: TableInfo | null };

export async function applyMysqlIndexes(target: MysqlIndexTarget, source: SourceIndexes): Promise<IndexReport> {
  const columnOf = new Map(target.columns.map((c) => [c.field, c.column]));
  const fieldOf = new Map(target.columns.map((c) => [c.column, c.field]));
  const created = target.existing === null;
  const report = emptyReport(!created);
  const keys: IndexSpec[] = [];
  for (const index of source.indexes) {
    const problem = uniqueKeyProblem(index, columnOf);
    if (!problem) keys.push(index);
    // An existing table is only compared: what it could never hold is not news on every run.
    else if (created) report.notCreated.push(problem);
  }
  if (target.existing) {
    const have = mysqlUniqueIndexes(target.existing, (column) => fieldOf.get(column) ?? column);
    report.differences = indexDifferences(keys.map(asKey), have);
    return report;
  }
  for (const index of keys) {
    const columns = index.key.map(([field]) => quoteId(columnOf.get(field)!)).join(', ');
    try {
      await target.pool.query(`ALTER TABLE ${quoteTable(target.ns)} ADD UNIQUE KEY ${quoteId(index.name.slice(0, 64))} (${columns})`);
      report.created.push(index.name);
    } catch (error) {
      report.notCreated.push({ name: `index ${index.name}`, reason: refusalReason(error) });
    }
  }
  return report;
}

/** A MySQL key only records which columns are unique together: direction and sparseness are not part of it. */
const asKey = (index: IndexSpec): IndexSpec => ({ name: index.name, key: index.key.map(([field]) => [field, 1]), unique: true });

function uniqueKeyProblem(index: IndexSpec, columnOf: Map<string, string>): NotCreated | null {
  const name = `index ${index.name}`;
  if (!index.unique) return { name, reason: 'not unique: a MySQL target gets only the unique indexes, as unique keys' };
  if (index.partialFilterExpression) return { name, reason: 'partialFilterExpression has no MySQL equivalent' };
  const missing = index.key.find(([field]) => !columnOf.has(field));
  if (missing) return { name, reason: `field ${missing[0]} has no column in the column map` };
  return null;
}
