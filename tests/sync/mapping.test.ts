import { Decimal128, Int32, ObjectId, type Document } from 'bson';
import { describe, expect, it } from 'vitest';
import { documentToRow, inferColumnMap } from '@/lib/sync/mapping/mongo-to-mysql';
import { fromSqlValue } from '@/lib/sync/mapping/mysql-to-mongo';
import type { ColumnSpec } from '@/lib/validation/column-map';

/** A document through its row and back, as a MongoDB → MySQL → MongoDB round trip does (no server needed). */
function roundTrip(doc: Document, columns: ColumnSpec[], decimals: 'decimal128' | 'string' = 'decimal128'): Document {
  const row = documentToRow(doc, columns, new Set(columns.map((c) => c.field)));
  return Object.fromEntries(columns.map((c, i) => [c.field, fromSqlValue(row[i], c.type, true, decimals)]));
}

describe('type mapping for what FerretDB v1 cannot store (Decimal128)', () => {
  const docs = [
    { _id: new ObjectId(), price: Decimal128.fromString('1.5'), huge: Decimal128.fromString('1.234567890123456789012345678901234E+40') },
    { _id: new ObjectId(), price: Decimal128.fromString('22.125'), huge: Decimal128.fromString('0.1') },
  ];

  it('proposes DECIMAL(38, widest scale), or the exact text when 38 digits cannot hold the sample', () => {
    expect(inferColumnMap(docs)).toEqual([
      { field: '_id', column: '_id', type: 'objectId' },
      { field: 'price', column: 'price', type: 'decimal', scale: 3 },
      { field: 'huge', column: 'huge', type: 'decimalText' },
    ]);
  });

  it('round-trips Decimal128 through DECIMAL (at the column scale) and exact text, or to text for a target without Decimal128', () => {
    const columns = inferColumnMap(docs);
    expect(roundTrip(docs[0], columns)).toEqual({ _id: docs[0]._id, price: Decimal128.fromString('1.500'), huge: docs[0].huge });
    expect(roundTrip(docs[1], columns, 'string')).toEqual({ _id: docs[1]._id, price: '22.125', huge: '0.1' });
  });

  it('refuses a decimal with more places than its column, naming the document and field (never rounds)', () => {
    const columns = inferColumnMap(docs);
    const doc = { _id: docs[0]._id, price: Decimal128.fromString('1.23456'), huge: Decimal128.fromString('1') };
    expect(() => roundTrip(doc, columns)).toThrow(
      `document _id {"v":{"$oid":"${docs[0]._id.toHexString()}"}} field "price": a Decimal128 does not fit the decimal column "price"`,
    );
  });

  it('keeps a field missing from some documents missing, and a field both missing and null as JSON', () => {
    const columns = inferColumnMap([
      { _id: 1, a: new Int32(1), b: null },
      { _id: 2, b: new Int32(2) },
      { _id: 3, c: 'x' },
    ]);
    expect(columns.slice(1)).toEqual([
      { field: 'a', column: 'a', type: 'int', absent: true },
      { field: 'b', column: 'b', type: 'json' },
      { field: 'c', column: 'c', type: 'string', length: 32, absent: true },
    ]);
  });
});
