/**
 * Why: the copy, the total, mirror's merge and verification must all agree on which source documents are
 * "the selection"; building it in one place keeps them from drifting apart.
 */
import type { Document, Filter } from 'mongodb';
import { specFilter, type SyncSpec } from '../validation/sync';
import { decodeValue } from './bson-values';
import type { Checkpoint } from './types';

export function andFilters(...filters: Filter<Document>[]): Filter<Document> {
  const parts = filters.filter((f) => Object.keys(f).length > 0);
  if (parts.length <= 1) return parts[0] ?? {};
  return { $and: parts };
}

/** The spec's filter narrowed to this incremental run's watermark window. */
export function runSelection(spec: SyncSpec, checkpoint: Pick<Checkpoint, 'since' | 'until'>): Filter<Document> {
  if (spec.mode !== 'incremental') return specFilter(spec);
  if (!checkpoint.until) return idIn([]);
  const window = { ...(checkpoint.since ? { $gt: decodeValue(checkpoint.since) } : {}), $lte: decodeValue(checkpoint.until) };
  return andFilters(specFilter(spec), { [spec.watermarkField]: window });
}

export function idIn(ids: unknown[]): Filter<Document> {
  return { _id: { $in: ids } } as Filter<Document>;
}
