/**
 * Why: the copy itself, free of BullMQ and Next.js so the worker, the CLI, tests and benchmarks drive the same
 * code. It copies between two endpoints (a MongoDB collection or a MySQL table on either side): one read in key
 * order, one batch read ahead, one idempotent write per batch, and a checkpoint after each acknowledged batch: a
 * crash loses at most the batch in flight, which is rewritten idempotently.
 */
import type { SyncSpec } from '../validation/sync';
import { decodeValue, encodeValue } from './bson-values';
import type { SyncSource, SyncTarget, Window } from './endpoints/types';
import { throwIfAborted } from './errors';
import { reportLines } from './indexes/types';
import { deleteTargetExtras } from './mirror';
import type { Checkpoint, CheckpointKind, SyncHooks, SyncResult } from './types';
import { verifyCopy } from './verify';
import { markKey } from './watermark';

export type SyncRun = {
  spec: SyncSpec;
  source: SyncSource;
  target: SyncTarget;
  checkpoint?: Checkpoint | null;
  /** True when an earlier attempt of this job may have written past its checkpoint (retry, stall, crash). */
  resumed?: boolean;
  signal?: AbortSignal;
  hooks: SyncHooks;
};

const MAX_REPORTED_DUPLICATES = 20;

export async function runSync(run: SyncRun): Promise<SyncResult> {
  const { spec, source, target, hooks } = run;
  const startedAt = Date.now();
  let checkpoint = await startingCheckpoint(run);
  const window: Window = spec.mode === 'incremental' ? { since: checkpoint.since, until: checkpoint.until } : null;
  await hooks.onStart?.({ resumedFrom: run.checkpoint ?? null });
  const counting = source
    .size(window)
    .then(
      (total) =>
        total === null
          ? hooks.onLog?.('the server keeps no size for this collection yet: progress shows documents copied, without a total')
          : hooks.onTotal?.(total),
      (error: Error) => hooks.onLog?.(`could not count the selection (progress shows no total): ${error.message}`),
    )
    .catch(() => undefined);
  const duplicateIds: string[] = [];
  const save = async (next: Checkpoint, kind: CheckpointKind = 'batch') => {
    checkpoint = next;
    await hooks.onCheckpoint(next, kind);
  };

  if (!checkpoint.indexes) {
    const indexes = await target.copyIndexes(await source.indexes());
    for (const line of reportLines(indexes)) await hooks.onLog?.(line);
    await save({ ...checkpoint, indexes }, 'indexes');
  }

  if (checkpoint.phase !== 'delete') {
    const batches = source.read(window, checkpoint.lastId ? decodeValue(checkpoint.lastId) : undefined, spec.batchSize);
    let resuming = Boolean(run.resumed);
    try {
      for (let batch = await batches.next(); batch.length; batch = await batches.next()) {
        throwIfAborted(run.signal);
        const outcome = await target.writeBatch(batch, spec.mode === 'insert' ? 'insert' : 'upsert', resuming);
        resuming &&= outcome.existing > 0;
        if (outcome.duplicates.length) {
          duplicateIds.push(...outcome.duplicates.slice(0, MAX_REPORTED_DUPLICATES - duplicateIds.length).map((d) => encodeValue(d._id)));
          await hooks.onLog?.(`${outcome.duplicates.length} document(s) already in the target with other content were not inserted`);
        }
        await save({
          ...checkpoint,
          lastId: encodeValue(batch[batch.length - 1]._id),
          copied: checkpoint.copied + batch.length - outcome.duplicates.length,
          duplicates: (checkpoint.duplicates ?? 0) + outcome.duplicates.length,
        });
      }
    } finally {
      await batches.close();
    }
    throwIfAborted(run.signal);
    if (spec.mode === 'mirror') await save({ ...checkpoint, phase: 'delete', deleted: 0 });
  }

  if (spec.mode === 'mirror') {
    // A resumed delete phase scans from the start again; what earlier attempts deleted is already gone.
    const deletedBefore = checkpoint.deleted ?? 0;
    const deleted = await deleteTargetExtras({
      source,
      window,
      target,
      batchSize: spec.batchSize,
      signal: run.signal,
      onDeleted: async (count) => save({ ...checkpoint, deleted: deletedBefore + count }),
    });
    if (deleted) await hooks.onLog?.(`deleted ${deleted} target document(s) not in the source selection`);
  }
  await counting;
  if (spec.mode === 'incremental' && checkpoint.until) await target.saveWatermark(markKey(spec), checkpoint.until);
  const verification = spec.verify === 'none' ? null : await verifyCopy(spec.verify, source, null, target, spec.batchSize, run.signal);
  if (verification)
    await hooks.onLog?.(
      `verification (${verification.mode}): source ${verification.sourceCount}, target ${verification.targetCount}, ${verification.match ? 'match' : 'MISMATCH'}`,
    );
  return {
    copied: checkpoint.copied,
    deleted: checkpoint.deleted ?? 0,
    duplicates: checkpoint.duplicates ?? 0,
    duplicateIds,
    durationMs: Date.now() - startedAt,
    watermark: checkpoint.until ?? null,
    verification,
    indexes: checkpoint.indexes ?? null,
  };
}

async function startingCheckpoint(run: SyncRun): Promise<Checkpoint> {
  const base: Checkpoint = run.checkpoint ?? { lastId: null, copied: 0 };
  if (run.spec.mode !== 'incremental' || base.until !== undefined) return base;
  const [since, until] = await Promise.all([run.target.loadWatermark(markKey(run.spec)), run.source.highWatermark()]);
  return { ...base, since, until: until ?? since };
}
