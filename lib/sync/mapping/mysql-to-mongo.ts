/**
 * Why: MySQL → MongoDB in one place: one document per row, each value with the BSON type its column calls for.
 * A table a MongoDB → MySQL sync created says in each column's comment which BSON type it held, so a round trip
 * restores ObjectIds, Int32 vs Double, Longs and embedded documents exactly; other tables map by SQL type
 * (DECIMAL → Decimal128, or its exact text where the target cannot store Decimal128 — FerretDB v1; DATETIME and
 * TIMESTAMP → Date; JSON → embedded documents and arrays; BLOB → Binary; TINYINT(1) → boolean; NULL stays null).
 */
import { Binary, Decimal128, Double, EJSON, Int32, Long, ObjectId, type Document } from 'bson';
import { COLUMN_TYPES, type ColumnType } from '../../validation/column-map';
import { ABSENT_NOTE, COMMENT_PREFIX } from './mongo-to-mysql';

/** A column as information_schema describes it. */
export type MysqlColumn = { name: string; dataType: string; columnType: string; comment: string; isJson: boolean; nullable?: boolean };

export type DecimalTarget = 'decimal128' | 'string';

/** The column's BSON type: from its comment when a sync wrote one, else from its SQL type. */
export function columnTypeOf(column: MysqlColumn): ColumnType {
  const noted = column.comment.startsWith(COMMENT_PREFIX) ? column.comment.slice(COMMENT_PREFIX.length).split(';')[0] : '';
  if ((COLUMN_TYPES as readonly string[]).includes(noted)) return noted as ColumnType;
  if (column.isJson) return 'json';
  const t = column.dataType.toLowerCase();
  if (column.columnType.toLowerCase() === 'tinyint(1)') return 'bool';
  if (['tinyint', 'smallint', 'mediumint', 'int', 'year'].includes(t)) return 'int';
  if (t === 'bigint') return 'long';
  if (['float', 'double', 'real'].includes(t)) return 'double';
  if (t === 'decimal') return 'decimal';
  if (['date', 'datetime', 'timestamp'].includes(t)) return 'date';
  if (['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob'].includes(t)) return 'binary';
  return 'text';
}

/** A column's value (as the driver or a row built for writing holds it) as the BSON value it stands for. */
export function fromSqlValue(raw: unknown, type: ColumnType, noted: boolean, decimals: DecimalTarget): unknown {
  if (raw === null || raw === undefined) return null;
  switch (type) {
    case 'objectId':
      return ObjectId.createFromHexString(String(raw));
    case 'string':
    case 'text':
      return Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
    case 'int':
      return new Int32(Number(raw));
    case 'long':
      return Long.fromString(String(raw));
    case 'double':
      return new Double(Number(raw));
    case 'decimal':
    case 'decimalText':
      return decimals === 'decimal128' ? Decimal128.fromString(String(raw)) : String(raw);
    case 'bool':
      return Number(raw) !== 0;
    case 'date':
      return raw instanceof Date ? raw : new Date(String(raw));
    case 'json':
      // Our own JSON columns hold canonical Extended JSON; anyone else's hold plain JSON. The driver may have parsed it.
      return typeof raw === 'string' || Buffer.isBuffer(raw)
        ? EJSON.parse(String(raw), { relaxed: !noted })
        : EJSON.deserialize(raw as Document, { relaxed: !noted });
    case 'binary':
      return new Binary(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw)));
  }
}

/** A column read back into a field: `absent` — SQL NULL means the field was missing (a noted JSON column, or `;null=absent`). */
export type FieldShape = { column: string; field: string; type: ColumnType; noted: boolean; absent: boolean };
export type RowShape = { fields: FieldShape[]; decimals: DecimalTarget };

export function isAbsentWhenNull(column: MysqlColumn): boolean {
  return column.comment.startsWith(COMMENT_PREFIX) && (columnTypeOf(column) === 'json' || column.comment.endsWith(ABSENT_NOTE));
}

/** One row as a document: the primary key's column becomes `_id`, the other columns fields. */
export function rowToDocument(row: Record<string, unknown>, shape: RowShape): Document {
  const doc: Document = { _id: null };
  for (const f of shape.fields) {
    const raw = row[f.column];
    if ((raw === null || raw === undefined) && f.absent) continue;
    doc[f.field] = fromSqlValue(raw, f.type, f.noted, shape.decimals);
  }
  return doc;
}
