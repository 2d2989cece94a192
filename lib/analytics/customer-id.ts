/** Why: the link stores an analytics customer's `_id` as canonical Extended JSON text (any BSON type survives). */
import { EJSON, ObjectId, type Document } from 'bson';

export function customerIdText(id: unknown): string {
  return EJSON.stringify(id as Document, { relaxed: false });
}

/** The stored id text back as the `_id` value; null when it is neither Extended JSON nor a 24-hex ObjectId. */
export function parseCustomerId(text: string): unknown {
  try {
    return EJSON.parse(text, { relaxed: false });
  } catch {
    return /^[0-9a-f]{24}$/i.test(text) ? new ObjectId(text) : null;
  }
}
