/**
 * Why: MongoDB → MySQL in one place. A column map is proposed from a sample (top-level fields → typed columns,
 * _id → the primary key, nested values and fields whose type varies → JSON holding canonical Extended JSON, so
 * every value comes back with its exact BSON type), and each document becomes one row through it. A value that
 * does not fit its column fails naming the document's _id and the field; nothing is truncated or dropped.
 */
import { EJSON, type Document } from 'bson';
import Decimal from 'decimal.js';
import { MAX_KEY_VARCHAR, MAX_VARCHAR, type ColumnSpec, type ColumnType } from '../../validation/column-map';
import { encodeValue } from '../bson-values';
import { SyncConfigError } from '../errors';
import { quoteId } from '../mysql/pool';

export const SAMPLE_SIZE = 1_000;
export const COMMENT_PREFIX = 'bson:';
const DECIMAL_DIGITS = 38;

export function bsonKind(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value;
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 'Int32' : 'Double';
  if (value instanceof Date) return 'Date';
  if (Array.isArray(value)) return 'array';
  const type = (value as { _bsontype?: string })._bsontype;
  // Only generic bytes fit a BLOB; UUIDs and other subtypes keep their subtype in JSON.
  if (type === 'Binary' && (value as { sub_type: number }).sub_type !== 0) return 'BinarySubtype';
  return type ?? 'object';
}

const TYPE_OF_KIND: Record<string, ColumnType> = {
  ObjectId: 'objectId',
  string: 'string',
  Int32: 'int',
  Long: 'long',
  Double: 'double',
  Decimal128: 'decimal',
  boolean: 'bool',
  Date: 'date',
  Binary: 'binary',
};

type FieldSample = { kinds: Set<string>; maxLength: number; maxScale: number; maxIntDigits: number; present: number; nulls: number };
const emptySample = (): FieldSample => ({ kinds: new Set(), maxLength: 0, maxScale: 0, maxIntDigits: 0, present: 0, nulls: 0 });

/** A column map from sampled documents, fields in first-seen order; `_id` first. */
export function inferColumnMap(sample: Document[]): ColumnSpec[] {
  const fields = new Map<string, FieldSample>([['_id', emptySample()]]);
  for (const doc of sample) {
    for (const [field, value] of Object.entries(doc)) {
      let seen = fields.get(field);
      if (!seen) fields.set(field, (seen = emptySample()));
      const kind = bsonKind(value);
      seen.present += 1;
      if (kind === 'null') seen.nulls += 1;
      else seen.kinds.add(kind);
      if (typeof value === 'string') seen.maxLength = Math.max(seen.maxLength, [...value].length);
      if (kind === 'Decimal128') {
        const d = new Decimal(String(value));
        seen.maxScale = Math.max(seen.maxScale, Math.max(0, d.decimalPlaces()));
        seen.maxIntDigits = Math.max(seen.maxIntDigits, d.abs().trunc().toFixed().replace(/^0$/, '').length);
      }
    }
  }
  return [...fields].map(([field, seen]) => columnFor(field, seen, seen.present < sample.length));
}

/** A field sometimes missing is absent when NULL; one both missing and null needs JSON (SQL NULL absent, JSON null null). */
function columnFor(field: string, seen: FieldSample, sometimesMissing: boolean): ColumnSpec {
  const column = columnName(field);
  const [kind] = seen.kinds;
  const typed = seen.kinds.size === 1 && !(sometimesMissing && seen.nulls > 0);
  const type = typed ? (TYPE_OF_KIND[kind] ?? 'json') : 'json';
  const spec = columnOfType(field, column, type, seen);
  return sometimesMissing && type !== 'json' ? { ...spec, absent: true } : spec;
}

function columnOfType(field: string, column: string, type: ColumnType, seen: FieldSample): ColumnSpec {
  if (type === 'string') {
    const cap = field === '_id' ? MAX_KEY_VARCHAR : MAX_VARCHAR;
    const length = Math.min(cap, Math.max(32, 2 ** Math.ceil(Math.log2(Math.max(seen.maxLength, 1) * 2))));
    return seen.maxLength > cap ? { field, column, type: 'text' } : { field, column, type, length };
  }
  if (type === 'decimal') {
    return seen.maxScale + seen.maxIntDigits <= DECIMAL_DIGITS ? { field, column, type, scale: seen.maxScale } : { field, column, type: 'decimalText' };
  }
  return { field, column, type };
}

/** Field names that are not plain identifiers become one (letters, digits, _), at most 64 characters. */
function columnName(field: string): string {
  const name = field.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64);
  return name || 'field';
}

export function sqlType(c: ColumnSpec): string {
  switch (c.type) {
    case 'objectId':
      return 'CHAR(24) CHARACTER SET ascii COLLATE ascii_bin';
    case 'string':
      return `VARCHAR(${c.length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`;
    case 'text':
      return 'LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin';
    case 'int':
      return 'INT';
    case 'long':
      return 'BIGINT';
    case 'double':
      return 'DOUBLE';
    case 'decimal':
      return `DECIMAL(${DECIMAL_DIGITS},${c.scale ?? 0})`;
    case 'decimalText':
      return 'VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin';
    case 'bool':
      return 'TINYINT(1)';
    case 'date':
      return 'DATETIME(3)';
    case 'json':
      return 'JSON';
    case 'binary':
      return 'LONGBLOB';
  }
}

/** The column's definition; its comment records the BSON type so MySQL → MongoDB can restore it exactly. */
export function columnDefinition(c: ColumnSpec): string {
  const nullable = c.field === '_id' || c.nullable === false ? 'NOT NULL' : 'NULL';
  return `${quoteId(c.column)} ${sqlType(c)} ${nullable} COMMENT '${COMMENT_PREFIX}${c.type}${c.absent ? ABSENT_NOTE : ''}'`;
}

/** In a column's comment: SQL NULL stands for a missing field. */
export const ABSENT_NOTE = ';null=absent';

export function createTableSql(table: string, columns: ColumnSpec[]): string {
  const id = columns.find((c) => c.field === '_id');
  const body = [...columns.map(columnDefinition), `PRIMARY KEY (${quoteId(id?.column ?? '_id')})`].join(', ');
  return `CREATE TABLE IF NOT EXISTS ${table} (${body}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`;
}

/** A value that does not belong in its column: names the document and the field. */
export function misfit(doc: Document, field: string, reason: string): SyncConfigError {
  return new SyncConfigError(`document _id ${encodeValue(doc._id)} field "${field}": ${reason}`);
}

/** One document as the row's values, in the map's column order. */
export function documentToRow(doc: Document, columns: ColumnSpec[], byField: Set<string>): unknown[] {
  for (const field of Object.keys(doc)) {
    if (!byField.has(field)) throw misfit(doc, field, 'the field is not in the column map (add a column for it)');
  }
  return columns.map((c) => {
    const value = doc[c.field] as unknown;
    if (c.type === 'json' && value !== undefined) return toSqlValue(value, c);
    if (value === null || value === undefined) {
      if (c.field === '_id') throw misfit(doc, c.field, 'the primary key cannot be null');
      return null;
    }
    const sql = toSqlValue(value, c);
    if (sql === MISFIT) throw misfit(doc, c.field, `a ${bsonKind(value)} does not fit the ${c.type} column "${c.column}"`);
    return sql;
  });
}

const MISFIT = Symbol('misfit');

function toSqlValue(value: unknown, c: ColumnSpec): unknown {
  const kind = bsonKind(value);
  const numeric = ['Int32', 'Double', 'Long'].includes(kind);
  switch (c.type) {
    case 'objectId':
      return kind === 'ObjectId' ? (value as { toHexString(): string }).toHexString() : MISFIT;
    case 'string':
    case 'text':
      return kind === 'string' ? value : MISFIT;
    case 'int':
      return kind === 'Int32' ? Number(value) : MISFIT;
    case 'long':
      return kind === 'Int32' || kind === 'Long' ? String(value) : MISFIT;
    case 'double':
      return numeric && Number.isFinite(Number(value)) ? Number(value) : MISFIT;
    case 'decimal':
      return kind === 'Decimal128' || numeric ? fixedDecimal(String(value), c.scale ?? 0) : kind === 'string' ? value : MISFIT;
    case 'decimalText':
      return kind === 'Decimal128' ? String(value) : MISFIT;
    case 'bool':
      return kind === 'boolean' ? Number(value) : MISFIT;
    case 'date':
      return kind === 'Date' && !Number.isNaN((value as Date).getTime()) ? value : MISFIT;
    case 'json':
      return EJSON.stringify(value as Document, { relaxed: false });
    case 'binary':
      return kind === 'Binary' ? Buffer.from((value as { buffer: Uint8Array }).buffer) : MISFIT;
  }
}

/** DECIMAL(38,s) stores the value at its scale; a value with more decimals than the scale is refused, not rounded. */
function fixedDecimal(text: string, scale: number): string | typeof MISFIT {
  const d = new Decimal(text);
  return d.isFinite() && d.decimalPlaces() <= scale ? d.toFixed(scale) : MISFIT;
}
