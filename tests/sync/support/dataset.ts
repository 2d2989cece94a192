/**
 * Why: the copy must preserve every BSON type FerretDB v1 stores (it has no Decimal128 and no nested arrays, and
 * refuses "." and "$" in keys), including doubles with integral values that a naive copy turns into int32.
 */
import { Binary, BSONRegExp, Double, Int32, Long, ObjectId, Timestamp, type Document } from 'bson';

export function allTypesDocument(i: number): Document {
  return {
    _id: ObjectId.createFromTime(1_700_000_000 + i),
    seq: new Int32(i),
    name: `doc-${i}`,
    big: Long.fromString(`${9_000_000_000_000 + i}`),
    ratio: new Double(i % 7 === 0 ? i : i / 7),
    when: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
    flag: i % 2 === 0,
    nothing: null,
    bytes: new Binary(Buffer.from([i & 255, (i >> 8) & 255, 7]), 0),
    uuid: new Binary(Buffer.from(ObjectId.createFromTime(i).toHexString().padEnd(32, '0'), 'hex'), 4),
    pattern: new BSONRegExp(`^doc-${i % 10}`, 'i'),
    stamp: new Timestamp({ t: 1_700_000_000 + i, i: i % 5 }),
    nested: { level: new Int32(1), inner: { text: `inner-${i}`, when: new Date(i * 1000) } },
    tags: ['a', `t${i % 3}`, new Int32(i % 4), 2.5, true],
    items: [
      { sku: `s${i}`, qty: new Int32(i % 9) },
      { sku: 'x', price: new Double(1) },
    ],
    group: i % 4,
  };
}

export function allTypesDocuments(count: number, offset = 0): Document[] {
  return Array.from({ length: count }, (_, i) => allTypesDocument(offset + i));
}
