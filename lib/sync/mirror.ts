/**
 * Why: mirror mode must delete target documents that are no longer in the source selection without holding
 * either side's _ids in memory. Both sides are streamed sorted by _id and merged; every candidate is confirmed
 * absent from the source before it is deleted, so a comparator that disagreed with the server could only cost
 * an extra query, never a wrong deletion.
 */
import type { Collection, Document, Filter } from 'mongodb';
import { compareBsonValues, encodeValue, EXACT_READ } from './bson-values';
import { throwIfAborted } from './errors';
import { andFilters, idIn } from './selection';

export type MirrorOptions = {
  source: Collection<Document>;
  target: Collection<Document>;
  selection: Filter<Document>;
  batchSize: number;
  signal?: AbortSignal;
  onDeleted(deletedSoFar: number): Promise<void>;
};

export async function deleteTargetExtras(options: MirrorOptions): Promise<number> {
  const { source, target, selection, batchSize } = options;
  const idsOf = (collection: Collection<Document>, filter: Filter<Document>) =>
    collection
      .find(filter, { ...EXACT_READ, projection: { _id: 1 } })
      .sort({ _id: 1 })
      .batchSize(batchSize);
  const sourceIds = idsOf(source, selection)[Symbol.asyncIterator]();
  const targetIds = idsOf(target, {})[Symbol.asyncIterator]();
  let deleted = 0;
  let candidates: unknown[] = [];
  const flush = async () => {
    throwIfAborted(options.signal);
    deleted += await deleteConfirmedExtras(source, target, selection, candidates);
    candidates = [];
    await options.onDeleted(deleted);
  };
  try {
    let sourceNext = await sourceIds.next();
    for (let targetNext = await targetIds.next(); !targetNext.done; targetNext = await targetIds.next()) {
      const targetId = targetNext.value._id;
      while (!sourceNext.done && compareBsonValues(sourceNext.value._id, targetId) < 0) sourceNext = await sourceIds.next();
      const inSource = !sourceNext.done && encodeValue(sourceNext.value._id) === encodeValue(targetId);
      if (!inSource) candidates.push(targetId);
      if (candidates.length >= batchSize) await flush();
    }
    if (candidates.length) await flush();
  } finally {
    await Promise.all([sourceIds.return?.(), targetIds.return?.()]);
  }
  return deleted;
}

async function deleteConfirmedExtras(source: Collection<Document>, target: Collection<Document>, selection: Filter<Document>, ids: unknown[]): Promise<number> {
  const stillInSource = await source
    .find(andFilters(selection, idIn(ids)), { ...EXACT_READ, projection: { _id: 1 } })
    .batchSize(ids.length + 1)
    .toArray();
  const keep = new Set(stillInSource.map((doc) => encodeValue(doc._id)));
  const extras = ids.filter((id) => !keep.has(encodeValue(id)));
  if (!extras.length) return 0;
  const { deletedCount } = await target.deleteMany(idIn(extras));
  return deletedCount;
}
