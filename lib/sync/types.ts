/**
 * Why: the engine's inputs and outputs cross process boundaries (they live in BullMQ job data and results), so
 * every value here is plain JSON; BSON values such as the last _id travel as canonical Extended JSON strings.
 */
import type { IndexReport } from './indexes/types';

export type SyncPhase = 'copy' | 'delete';

export type Checkpoint = {
  /** Canonical EJSON of the last _id whose batch was acknowledged, or null before the first batch. */
  lastId: string | null;
  copied: number;
  deleted?: number;
  duplicates?: number;
  phase?: SyncPhase;
  /** The index phase's report, once done (a resumed run does not repeat it). */
  indexes?: IndexReport;
  /** Incremental mode: the previous run's mark (exclusive) and this run's upper bound (inclusive), as EJSON. */
  since?: string | null;
  until?: string | null;
};

export type Verification = {
  mode: 'count' | 'hash';
  sourceCount: number;
  targetCount: number;
  /** null when only counts were compared. */
  hashMatch: boolean | null;
  sourceHash?: string;
  targetHash?: string;
  match: boolean;
};

export type SyncResult = {
  copied: number;
  deleted: number;
  duplicates: number;
  duplicateIds: string[];
  durationMs: number;
  watermark: string | null;
  verification: Verification | null;
  /** What the target got of the source's indexes and options (null from runs before index copy existed). */
  indexes?: IndexReport | null;
};

export type SyncStart = { resumedFrom: Checkpoint | null };

/** What a checkpoint follows: an acknowledged batch (copy or delete), or the index phase before any batch. */
export type CheckpointKind = 'batch' | 'indexes';

export type SyncHooks = {
  /** Awaited before the next batch is written, so a checkpoint is durable before more writes happen. */
  onCheckpoint(checkpoint: Checkpoint, kind: CheckpointKind): Promise<void>;
  onStart?(start: SyncStart): Promise<void> | void;
  /** The selection's size, reported while the copy is already running (counting can be slow). */
  onTotal?(total: number): Promise<void> | void;
  onLog?(line: string): Promise<unknown> | void;
};
