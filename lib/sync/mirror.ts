/**
 * Why: mirror mode must delete target documents that are no longer in the source selection without holding
 * either side's _ids in memory. Both sides are streamed in key order and merged; every candidate is confirmed
 * absent from the source before it is deleted, so a comparator that disagreed with a server's order (a MySQL
 * collation, say) could only cost an extra query, never a wrong deletion.
 */
import { compareBsonValues, encodeValue } from './bson-values';
import type { SyncSource, SyncTarget, Window } from './endpoints/types';
import { throwIfAborted } from './errors';

export type MirrorOptions = {
  source: SyncSource;
  window: Window;
  target: SyncTarget;
  batchSize: number;
  signal?: AbortSignal;
  onDeleted(deletedSoFar: number): Promise<void>;
};

export async function deleteTargetExtras(options: MirrorOptions): Promise<number> {
  const { source, window, target, batchSize } = options;
  const sourceIds = source.ids(window, batchSize);
  const targetIds = target.ids(batchSize);
  let deleted = 0;
  let candidates: unknown[] = [];
  const flush = async () => {
    throwIfAborted(options.signal);
    const present = await source.present(window, candidates);
    const extras = candidates.filter((id) => !present.has(encodeValue(id)));
    if (extras.length) deleted += await target.deleteIds(extras);
    candidates = [];
    await options.onDeleted(deleted);
  };
  try {
    let sourceNext = await sourceIds.next();
    for (let targetNext = await targetIds.next(); !targetNext.done; targetNext = await targetIds.next()) {
      const targetId = targetNext.value;
      while (!sourceNext.done && compareBsonValues(sourceNext.value, targetId) < 0) sourceNext = await sourceIds.next();
      const inSource = !sourceNext.done && encodeValue(sourceNext.value) === encodeValue(targetId);
      if (!inSource) candidates.push(targetId);
      if (candidates.length >= batchSize) await flush();
    }
    if (candidates.length) await flush();
  } finally {
    await Promise.all([sourceIds.return?.(), targetIds.return?.()]);
  }
  return deleted;
}
