/**
 * Why: incremental mode needs the high-water mark of the last completed run for a source -> target pair. It is
 * kept beside the data it describes, in the target (a `__sync_portal_watermarks` collection in a MongoDB target's
 * database, a table of that name in a MySQL target's schema): it survives Redis flushes and job removal, and
 * dropping the target resets it (the next run then copies everything again, which is the right thing to do).
 */
import type { Collection, Db, Document } from 'mongodb';
import { formatNamespace, RESERVED_COLLECTION_PREFIX, specFilter, type SyncSpec } from '../validation/sync';
import { encodeValue, EXACT_READ } from './bson-values';
import { andFilters } from './selection';

export const WATERMARK_COLLECTION = `${RESERVED_COLLECTION_PREFIX}_watermarks`;

type WatermarkRecord = { _id: string; mark: string; updatedAt: Date };

export function markKey(spec: SyncSpec): string {
  return `${formatNamespace(spec.source)} -> ${formatNamespace(spec.target)} by ${spec.watermarkField}`;
}

function marks(targetDb: Db): Collection<WatermarkRecord> {
  return targetDb.collection<WatermarkRecord>(WATERMARK_COLLECTION);
}

export async function loadMongoWatermark(targetDb: Db, key: string): Promise<string | null> {
  const record = await marks(targetDb).findOne({ _id: key });
  return record?.mark ?? null;
}

export async function saveMongoWatermark(targetDb: Db, key: string, mark: string): Promise<void> {
  await marks(targetDb).replaceOne({ _id: key }, { mark, updatedAt: new Date() }, { upsert: true });
}

/** The highest watermark value in the source selection right now: this run copies up to it, inclusive. */
export async function currentHighWatermark(source: Collection<Document>, spec: SyncSpec): Promise<string | null> {
  const field = spec.watermarkField;
  const [top] = await source
    .find(andFilters(specFilter(spec), { [field]: { $exists: true } }), { ...EXACT_READ, projection: { [field]: 1 } })
    .sort({ [field]: -1 })
    .limit(1)
    .toArray();
  const value = field.split('.').reduce<unknown>((doc, key) => (doc as Document | undefined)?.[key], top);
  return value === undefined ? null : encodeValue(value);
}
