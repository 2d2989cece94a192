/**
 * Why: _ids and watermarks cross Redis as text and are compared in memory (mirror's merge, the incremental
 * high-water mark), so they need a lossless text form and an order that follows MongoDB's BSON sort order.
 */
import { EJSON, type Document, type Timestamp } from 'bson';

/** Read options that keep every BSON type as it is stored (Int32 vs Double vs Long, regex flags JS lacks). */
export const EXACT_READ = { promoteValues: false, bsonRegExp: true } as const;

export function encodeValue(value: unknown): string {
  return EJSON.stringify({ v: value }, { relaxed: false });
}

export function decodeValue(text: string): unknown {
  return (EJSON.parse(text, { relaxed: false }) as Document).v;
}

export function canonicalDocument(doc: Document): string {
  return EJSON.stringify(doc, { relaxed: false });
}

const TYPE_RANK: Record<string, number> = {
  MinKey: 1,
  null: 2,
  number: 3,
  string: 4,
  object: 5,
  array: 6,
  Binary: 7,
  ObjectId: 8,
  boolean: 9,
  Date: 10,
  Timestamp: 11,
  BSONRegExp: 12,
  MaxKey: 13,
};

function kind(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value;
  if (value instanceof Date) return 'Date';
  if (Array.isArray(value)) return 'array';
  const bsonType = (value as { _bsontype?: string })._bsontype;
  if (bsonType === 'Int32' || bsonType === 'Double' || bsonType === 'Long' || bsonType === 'Decimal128') return 'number';
  if (bsonType === 'BSONSymbol') return 'string';
  return bsonType ?? 'object';
}

function asNumber(value: unknown): number {
  return typeof value === 'object' && value !== null ? Number((value as { valueOf(): unknown }).valueOf()) : Number(value);
}

/** Orders values as MongoDB sorts them; types the comparison does not know fall back to their EJSON text. */
export function compareBsonValues(a: unknown, b: unknown): number {
  const [ka, kb] = [kind(a), kind(b)];
  if (ka !== kb) return (TYPE_RANK[ka] ?? 14) - (TYPE_RANK[kb] ?? 14);
  switch (ka) {
    case 'null':
      return 0;
    case 'number':
      return Math.sign(asNumber(a) - asNumber(b));
    case 'string':
      return compareText(String(a), String(b));
    case 'boolean':
      return Number(a) - Number(b);
    case 'Date':
      return Math.sign((a as Date).getTime() - (b as Date).getTime());
    case 'ObjectId':
      return compareText((a as { toHexString(): string }).toHexString(), (b as { toHexString(): string }).toHexString());
    case 'Timestamp':
      return compareTimestamps(a as Timestamp, b as Timestamp);
    default:
      return compareText(encodeValue(a), encodeValue(b));
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareTimestamps(a: Timestamp, b: Timestamp): number {
  return Math.sign(a.t - b.t) || Math.sign(a.i - b.i);
}
