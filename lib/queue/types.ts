/**
 * Why: the job's data, progress and result are read by the worker, the admin pages, the CLI and tests; one set
 * of types keeps them agreeing on the JSON stored in Redis.
 */
import type { Job, JobState } from 'bullmq';
import type { Checkpoint, SyncResult } from '../sync/types';
import type { SyncRun, SyncSchedule } from '../db/schema';
import type { SyncSpec } from '../validation/sync';

export type QueuedBy = { userId: number; username: string };

/** Who or what queued a run: a person on the page or API, a schedule, the CLI, or a Retry. */
export type RunOrigin = SyncRun['origin'];
export type OverlapPolicy = SyncSchedule['overlap'];

/**
 * queuedBy.userId is 0 when no portal user queued it (CLI, schedule). `firstStartedAt`: when the first attempt
 * started (epoch ms), so durations cover every attempt.
 */
export type SyncJobData = {
  spec: SyncSpec;
  queuedBy: QueuedBy;
  checkpoint?: Checkpoint;
  firstStartedAt?: number;
  origin?: RunOrigin;
  scheduleId?: number;
  overlap?: OverlapPolicy;
  retriedBy?: QueuedBy & { at: number };
};

/** `total` and `percent` are null while the selection's size is unknown (the server keeps no count for it). */
export type SyncProgress = { copied: number; total: number | null; percent: number | null; docsPerSec: number; etaSeconds: number | null };

/** The engine's result plus what the worker process measured while running the job. */
export type SyncJobResult = SyncResult & { mongoCommands: number; maxRssMb: number; skipped?: string };

export type SyncJob = Job<SyncJobData, SyncJobResult>;

export type SyncJobState = JobState | 'cancelled' | 'unknown';
export const SYNC_JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed', 'cancelled'] as const;
export type ListableState = (typeof SYNC_JOB_STATES)[number];

export type SyncJobView = {
  id: string;
  spec: SyncSpec;
  state: SyncJobState;
  cancelRequested: boolean;
  attempts: { made: number; started: number; max: number; stalled: number };
  checkpoint: Checkpoint | null;
  progress: SyncProgress | null;
  queuedBy: QueuedBy;
  timestamps: { queuedAt: number; startedAt: number | null; finishedAt: number | null };
  /** Why the job failed or was cancelled; null while it may still complete, and once it has. */
  failedReason: string | null;
  /** Errors of attempts that were retried, oldest first (history, not the job's outcome). */
  earlierErrors: string[];
  stacktrace: string[] | null;
  result: SyncJobResult | null;
  logs: string[];
};
