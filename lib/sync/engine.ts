/**
 * Why: the copy itself, free of BullMQ and Next.js so the worker, the CLI, tests and benchmarks drive the same
 * code. One cursor sorted by _id, one batch read ahead, one unordered write per batch, and a checkpoint after
 * each acknowledged batch: a crash loses at most the batch in flight, which is rewritten idempotently.
 */
import type { Collection, Db, Document } from 'mongodb';
import { metadataCount } from '../mongo/estimated-count';
import { specFilter, specProjection, type SyncSpec } from '../validation/sync';
import { encodeValue, EXACT_READ } from './bson-values';
import { ReadAheadBatches } from './batch-reader';
import { throwIfAborted } from './errors';
import { deleteTargetExtras } from './mirror';
import { afterLastId, andFilters, runSelection } from './selection';
import type { Checkpoint, SyncHooks, SyncResult } from './types';
import { verifyCopy } from './verify';
import { currentHighWatermark, loadWatermark, saveWatermark } from './watermark';
import { writeInsertBatch, writeUpsertBatch } from './write-batch';

export type SyncRun = {
  spec: SyncSpec;
  source: Collection<Document>;
  target: Collection<Document>;
  targetDb: Db;
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
  const selection = runSelection(spec, checkpoint);
  await hooks.onStart?.({ resumedFrom: run.checkpoint ?? null });
  const counting = selectionSize(source, selection)
    .then(
      (total) =>
        total === null
          ? hooks.onLog?.('the server keeps no size for this collection yet: progress shows documents copied, without a total')
          : hooks.onTotal?.(total),
      (error: Error) => hooks.onLog?.(`could not count the selection (progress shows no total): ${error.message}`),
    )
    .catch(() => undefined);
  const duplicateIds: string[] = [];
  const save = async (next: Checkpoint) => {
    checkpoint = next;
    await hooks.onCheckpoint(next);
  };

  if (checkpoint.phase !== 'delete') {
    const projection = specProjection(spec);
    const cursor = source
      .find(andFilters(selection, afterLastId(checkpoint)), { ...EXACT_READ, ...(projection ? { projection } : {}) })
      .sort({ _id: 1 })
      .batchSize(spec.batchSize);
    const batches = new ReadAheadBatches(cursor, spec.batchSize);
    let resuming = Boolean(run.resumed);
    try {
      for (let batch = await batches.next(); batch.length; batch = await batches.next()) {
        throwIfAborted(run.signal);
        const outcome = spec.mode === 'insert' ? await writeInsertBatch(target, batch, resuming) : await writeUpsertBatch(target, batch);
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
      target,
      selection,
      batchSize: spec.batchSize,
      signal: run.signal,
      onDeleted: async (count) => save({ ...checkpoint, deleted: deletedBefore + count }),
    });
    if (deleted) await hooks.onLog?.(`deleted ${deleted} target document(s) not in the source selection`);
  }
  await counting;
  if (spec.mode === 'incremental' && checkpoint.until) await saveWatermark(run.targetDb, spec, checkpoint.until);
  const verification = spec.verify === 'none' ? null : await verifyRun(run);
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
  };
}

/**
 * Documents in the selection; without a filter, the collection's metadata count, or null when the server has
 * none: a full count would compete with the copy for the server (on FerretDB it costs half a copy).
 */
async function selectionSize(source: Collection<Document>, selection: Document): Promise<number | null> {
  return Object.keys(selection).length ? source.countDocuments(selection) : metadataCount(source);
}

async function startingCheckpoint(run: SyncRun): Promise<Checkpoint> {
  const base: Checkpoint = run.checkpoint ?? { lastId: null, copied: 0 };
  if (run.spec.mode !== 'incremental' || base.until !== undefined) return base;
  const [since, until] = await Promise.all([loadWatermark(run.targetDb, run.spec), currentHighWatermark(run.source, run.spec)]);
  return { ...base, since, until: until ?? since };
}

function verifyRun(run: SyncRun) {
  const { spec } = run;
  const mode = spec.verify === 'hash' ? 'hash' : 'count';
  const sourceSide = { collection: run.source, filter: specFilter(spec), projection: specProjection(spec) };
  return verifyCopy(mode, sourceSide, { collection: run.target, filter: {} }, spec.batchSize, run.signal);
}
