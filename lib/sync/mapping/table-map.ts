/**
 * Why: a MySQL target that already exists is written through the map its own columns describe, and a map given
 * with the spec must agree with it; a difference is a clear configuration error, never a guess.
 */
import type { ColumnSpec } from '../../validation/column-map';
import type { TableInfo } from '../mysql/table-info';
import { ABSENT_NOTE } from './mongo-to-mysql';
import { columnTypeOf } from './mysql-to-mongo';

export function columnMapOfTable(info: TableInfo): ColumnSpec[] {
  const [key] = info.primaryKey;
  return info.columns.map((c) => {
    const type = columnTypeOf(c);
    const size = /\((\d+)(?:,(\d+))?\)/.exec(c.columnType);
    return {
      field: c.name === key ? '_id' : c.name,
      column: c.name,
      type,
      ...(type === 'string' && size ? { length: Number(size[1]) } : {}),
      ...(type === 'decimal' ? { scale: Number(size?.[2] ?? 0) } : {}),
      ...(c.comment.endsWith(ABSENT_NOTE) ? { absent: true } : {}),
      ...(c.nullable === false && c.name !== key ? { nullable: false } : {}),
    };
  });
}

/** What differs between a spec's map and the table, one phrase per column; empty when they agree. */
export function mapMismatches(wanted: ColumnSpec[], existing: ColumnSpec[]): string[] {
  const byColumn = new Map(existing.map((c) => [c.column.toLowerCase(), c]));
  const describe = (c: ColumnSpec) =>
    `${c.type}${c.length ? `(${c.length})` : ''}${c.scale !== undefined ? `(scale ${c.scale})` : ''}${c.field !== '_id' && c.nullable === false ? ' NOT NULL' : ''}`;
  return wanted.flatMap((c) => {
    const have = byColumn.get(c.column.toLowerCase());
    if (!have) return [`column "${c.column}" is missing`];
    if (c.field === '_id' && have.field !== '_id') return [`column "${c.column}" is not the primary key`];
    return describe(have) === describe(c) ? [] : [`column "${c.column}" is ${describe(have)}, the map says ${describe(c)}`];
  });
}
