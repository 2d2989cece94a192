/**
 * Why: the customer pages read MySQL copies of the analytics collections (FerretDB scans a whole collection even
 * for an equality filter). Those copies are ordinary MongoDB → MySQL syncs, run by built-in schedules like any
 * other, into `<portal schema>_analytics` (the portal's own schema is never a sync target). Every copy is a
 * mirror: FerretDB has no change streams, and a trade appended to an existing bucket changes neither the bucket's
 * `_id` nor any field an incremental watermark could follow, so each run re-reads the (small) selection whole
 * and deletes what the source no longer holds. The fields copied are only those the figures are derived from.
 */
import { env } from '../../env';
import { portalSchema } from '../../sync/mysql/pool';
import { syncSpecSchema, type SyncSpec } from '../../validation/sync';
import type { ColumnSpec } from '../../validation/column-map';

export const CUSTOMER_COPIES = ['customers', 'accounts', 'transactions'] as const;
export type CustomerCopy = (typeof CUSTOMER_COPIES)[number];

const FIELDS: Record<CustomerCopy, string[]> = {
  customers: ['accounts'],
  accounts: ['account_id', 'limit', 'products'],
  transactions: ['account_id', 'transactions'],
};

/** The MySQL schema the copies land in, beside the portal's own on the same server. */
export const copySchema = (): string => `${portalSchema()}_analytics`;

/** Fields are copied as canonical Extended JSON (numbers keep their BSON type), so an int32 or a double both fit. */
function columnsOf(copy: CustomerCopy): ColumnSpec[] {
  return [{ field: '_id', column: '_id', type: 'objectId' }, ...FIELDS[copy].map((field): ColumnSpec => ({ field, column: field, type: 'json' }))];
}

export function customerCopySpec(copy: CustomerCopy, analyticsDb: string = env.ANALYTICS_DB): SyncSpec {
  return syncSpecSchema.parse({
    source: { engine: 'mongodb', db: analyticsDb, collection: copy },
    target: { engine: 'mysql', db: copySchema(), collection: copy },
    mode: 'mirror',
    projection: JSON.stringify(Object.fromEntries(FIELDS[copy].map((field) => [field, 1]))),
    verify: 'count',
    columns: columnsOf(copy),
  });
}

/** Which copy a spec fills, or null: a run of it (scheduled, run now, retried) is followed by the derivation. */
export function customerCopyOf(spec: Pick<SyncSpec, 'target'>): CustomerCopy | null {
  const { engine, db, collection } = spec.target;
  if (engine !== 'mysql' || db !== copySchema()) return null;
  return (CUSTOMER_COPIES as readonly string[]).includes(collection) ? (collection as CustomerCopy) : null;
}
