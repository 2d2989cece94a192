/**
 * Why: the run history's state machine, in one place. The queueing service writes a "queued" row; the worker
 * turns it "active" when an attempt starts and closes it with the attempt's outcome. A crash leaves the row
 * "active": the next attempt closes it as "interrupted" before opening its own. A row whose job vanished from
 * Redis is closed as "lost" by the reconcile. Nothing here knows BullMQ beyond the job's id and data.
 */
import { and, eq, gt, isNotNull, lt, ne } from 'drizzle-orm';
import { db } from '../db';
import { retryOnDeadlock } from '../db/errors';
import { insertRun, latestRunForJob, openRunsBefore, updateRun, type RunState } from '../db/queries/sync-runs';
import { syncRuns, type NewSyncRun } from '../db/schema';
import type { RunOrigin, SyncJobData, SyncJobResult } from '../queue/types';
import { formatNamespace } from '../validation/sync';
import { log } from '../log';

export const INTERRUPTED_ERROR = 'the worker stopped mid-run (crash, kill or lost lock); the next attempt resumed from the checkpoint';
export const LOST_ERROR = 'the job disappeared from the queue (Redis lost its data or the job was removed) before it finished';

type RunJob = { id?: string | null; data: SyncJobData; timestamp: number };

function baseRow(job: RunJob, origin: RunOrigin, queuedByUserId: number | null): NewSyncRun {
  const { spec } = job.data;
  return {
    jobId: String(job.id),
    scheduleId: job.data.scheduleId ?? null,
    spec,
    sourceNs: formatNamespace(spec.source),
    targetNs: formatNamespace(spec.target),
    mode: spec.mode,
    origin,
    queuedByUserId,
    state: 'queued',
    queuedAt: new Date(job.timestamp),
  };
}

const userIdOf = (data: SyncJobData) => (data.queuedBy.userId > 0 ? data.queuedBy.userId : null);

/**
 * The job was queued, or re-queued by Retry (`requeue`). Skipped when the worker got there first: it can pick a
 * job up, or even finish it, before the producer's insert lands.
 */
export async function recordQueued(
  job: RunJob,
  { origin = job.data.origin ?? 'user', by = userIdOf(job.data), requeue = false }: { origin?: RunOrigin; by?: number | null; requeue?: boolean } = {},
): Promise<void> {
  const jobId = String(job.id);
  const latest = await latestRunForJob(jobId);
  if (latest && (!requeue || latest.state === 'queued' || latest.state === 'active')) return;
  const queuedId = await insertRun({ ...baseRow(job, origin, by), queuedAt: requeue ? new Date() : new Date(job.timestamp) });
  // The worker opened the attempt's row after we looked (its id may be below or above ours): ours is redundant.
  const n = await retryOnDeadlock(() => db.$count(syncRuns, and(eq(syncRuns.jobId, jobId), gt(syncRuns.id, latest?.id ?? 0), ne(syncRuns.id, queuedId))));
  if (n > 0) await retryOnDeadlock(() => db.delete(syncRuns).where(eq(syncRuns.id, queuedId)));
}

/** An admin removed the job from the queue: its open row ends as cancelled rather than "lost". */
export async function recordRemoved(jobId: string, by: string): Promise<void> {
  const latest = await latestRunForJob(jobId);
  if (latest && (latest.state === 'queued' || latest.state === 'active'))
    await updateRun(latest.id, { state: 'cancelled', finishedAt: new Date(), error: `removed from the queue by ${by}` });
}

async function attemptsStarted(jobId: string): Promise<number> {
  return db.$count(syncRuns, and(eq(syncRuns.jobId, jobId), isNotNull(syncRuns.startedAt)));
}

/** An attempt starts: closes a row a crashed attempt left open, then opens (or takes over the queued) row. */
export async function startRun(job: RunJob): Promise<number> {
  const jobId = String(job.id);
  const latest = await latestRunForJob(jobId);
  const now = new Date();
  if (latest?.state === 'active') await updateRun(latest.id, { state: 'interrupted', finishedAt: now, error: INTERRUPTED_ERROR });
  const attempt = (await attemptsStarted(jobId)) + 1;
  if (latest?.state === 'queued') {
    await updateRun(latest.id, { state: 'active', startedAt: now, attempt });
    return latest.id;
  }
  // Someone pressed Retry after the previous attempt ended (BullMQ's own retries follow a failure without it).
  const retriedAt = job.data.retriedBy?.at;
  const retried = retriedAt !== undefined && latest?.finishedAt != null && retriedAt >= latest.finishedAt.getTime();
  const origin = retried ? 'retry' : (latest?.origin ?? job.data.origin ?? 'user');
  const by = retried && job.data.retriedBy ? userIdOf({ ...job.data, queuedBy: job.data.retriedBy }) : latest ? latest.queuedByUserId : userIdOf(job.data);
  const runId = await insertRun({ ...baseRow(job, origin, by), state: 'active', attempt, startedAt: now });
  // A "queued" row the producer wrote after we looked stands for this very attempt. Tidying it must not cost the
  // attempt its row: without the id, the attempt's outcome would never be written.
  await retryOnDeadlock(() => db.delete(syncRuns).where(and(eq(syncRuns.jobId, jobId), eq(syncRuns.state, 'queued'), lt(syncRuns.id, runId)))).catch(
    (error: unknown) => log.error({ jobId, runId, err: error }, 'a stale queued run row was not removed'),
  );
  return runId;
}

export type RunOutcome =
  | { state: 'completed'; result: SyncJobResult }
  | { state: Exclude<RunState, 'completed' | 'queued' | 'active'>; error: string; copied?: number; deleted?: number };

export async function finishRun(runId: number, outcome: RunOutcome): Promise<void> {
  const finishedAt = new Date();
  if (outcome.state === 'completed') {
    const { result } = outcome;
    const seconds = result.durationMs / 1000;
    await updateRun(runId, {
      state: 'completed',
      finishedAt,
      copied: result.copied,
      deleted: result.deleted,
      duplicates: result.duplicates,
      docsPerSec: seconds > 0 ? Math.round(result.copied / seconds) : null,
      verification: result.verification ? { ...result.verification } : null,
      error: null,
    });
    return;
  }
  await updateRun(runId, {
    state: outcome.state,
    finishedAt,
    error: outcome.error.slice(0, 2000),
    ...(outcome.copied !== undefined && { copied: outcome.copied }),
    ...(outcome.deleted !== undefined && { deleted: outcome.deleted }),
  });
}

/** A scheduled run that did not start because another run of the same source -> target was unfinished. */
export async function recordSkipped(job: RunJob, reason: string): Promise<void> {
  const latest = await latestRunForJob(String(job.id));
  const now = new Date();
  if (latest?.state === 'queued') await updateRun(latest.id, { state: 'skipped', startedAt: now, finishedAt: now, error: reason });
  else await insertRun({ ...baseRow(job, job.data.origin ?? 'schedule', userIdOf(job.data)), state: 'skipped', finishedAt: now, error: reason });
}

/** Closes open runs (older than `graceMs`) whose job no longer exists in the queue; returns how many. */
export async function closeLostRuns(jobExists: (jobId: string) => Promise<boolean>, graceMs = 30_000): Promise<number> {
  const open = await openRunsBefore(new Date(Date.now() - graceMs));
  let closed = 0;
  for (const run of open) {
    if (await jobExists(run.jobId)) continue;
    await updateRun(run.id, { state: 'lost', finishedAt: new Date(), error: LOST_ERROR });
    closed += 1;
  }
  return closed;
}
