/**
 * Why: the link stores an analytics customer's `_id` as canonical Extended JSON text (any scalar BSON id type
 * survives). Read back, only a scalar id is accepted — never an operator object (`{"$ne": null}`), a `_bsontype`
 * object or code — so the text can only ever name one record in an equality filter.
 */
import { Double, EJSON, Int32, Long, ObjectId, type Document } from 'bson';

/** The longest id text kept: canonical EJSON of any scalar id fits well within it (a link column is varchar(200)). */
export const CUSTOMER_ID_MAX_LENGTH = 200;

export function customerIdText(id: unknown): string {
  return EJSON.stringify(id as Document, { relaxed: false });
}

function isScalarId(value: unknown): boolean {
  return typeof value === 'string' || value instanceof ObjectId || value instanceof Int32 || value instanceof Long || value instanceof Double;
}

/** The stored id text back as the `_id` value; null when it is not the Extended JSON of a scalar id nor a 24-hex ObjectId. */
export function parseCustomerId(text: string): unknown {
  if (text.length > CUSTOMER_ID_MAX_LENGTH) return null;
  if (/^[0-9a-f]{24}$/i.test(text)) return new ObjectId(text);
  try {
    const value: unknown = EJSON.parse(text, { relaxed: false });
    return isScalarId(value) ? value : null;
  } catch {
    return null;
  }
}
