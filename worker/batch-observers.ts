/**
 * Why: a process that embeds the worker may watch each batch boundary of a sync (tests pace jobs or crash at an
 * exact point with a module loaded by `node --import`) without the worker holding any code for that purpose.
 * Nothing registers here in production, so both calls are no-ops there.
 */
import type { Checkpoint } from '../lib/sync/types';

export type BatchBoundary = { jobId: string; token: string; checkpoint: Checkpoint };

export type BatchObserver = {
  /** After a batch is acknowledged by MongoDB, before its checkpoint is saved. */
  beforeCheckpoint?(boundary: BatchBoundary): void;
  /** After the checkpoint is saved, before the next batch is written. */
  afterCheckpoint?(boundary: BatchBoundary): Promise<void> | void;
};

const observers: BatchObserver[] = [];

export function observeBatches(observer: BatchObserver): void {
  observers.push(observer);
}

export function beforeCheckpoint(boundary: BatchBoundary): void {
  for (const observer of observers) observer.beforeCheckpoint?.(boundary);
}

export async function afterCheckpoint(boundary: BatchBoundary): Promise<void> {
  for (const observer of observers) await observer.afterCheckpoint?.(boundary);
}
