/**
 * Why: every schedule change goes through here — check the name and the catalog, write MySQL (the source of truth), apply the change
 * to BullMQ's job scheduler at once, audit — so the admin pages and tests cannot skip a step. If Redis is down
 * the MySQL change stands and the worker's reconcile applies it when Redis is back.
 */
import { recordAudit, type AuditAction } from '../db/queries/audit';
import { deleteSchedule, findSchedule, findScheduleByName, insertSchedule, listSchedules, updateSchedule } from '../db/queries/sync-schedules';
import type { SyncSchedule } from '../db/schema';
import { catalogProblem } from '../mongo/catalog';
import { getMongoClient } from '../mongo/client';
import { AppError, isAppError } from '../errors';
import { failFast } from '../queue/errors';
import { getSyncQueue } from '../queue/queue';
import type { Actor } from '../auth/actor';
import { enqueueRecorded } from '../sync-jobs/enqueue-recorded';
import type { ScheduleFieldErrors, ScheduleInput } from '../validation/schedule';
import type { SyncSpec } from '../validation/sync';
import { applySchedule, removeSchedule } from './scheduler';

export type ScheduleOutcome = { ok: true; id: number; queueUnavailable: boolean } | { ok: false; fieldErrors: ScheduleFieldErrors };

async function audit(action: AuditAction, actor: Actor, schedule: Pick<SyncSchedule, 'id' | 'name'>, detail?: Record<string, unknown>) {
  await recordAudit({ action, actorUserId: actor.id, target: `sync-schedule:${schedule.id}`, ip: actor.ip, detail: { name: schedule.name, ...detail } });
}

/** Applies to BullMQ; false when Redis is unreachable (the worker's reconcile catches up later). */
async function apply(schedule: SyncSchedule): Promise<boolean> {
  try {
    await failFast(() => applySchedule(getSyncQueue(), schedule));
    return true;
  } catch (error) {
    if (isAppError(error, 'SERVICE_UNAVAILABLE')) return false;
    throw error;
  }
}

export async function findScheduleOrThrow(id: number): Promise<SyncSchedule> {
  const schedule = Number.isInteger(id) ? await findSchedule(id) : undefined;
  if (!schedule) throw new AppError('NOT_FOUND', `schedule ${id} was not found (it may have been deleted)`);
  return schedule;
}

/** Creates (id null) or replaces a schedule from a parsed form (lib/validation/schedule.ts). */
export async function saveSchedule(id: number | null, input: ScheduleInput, actor: Actor): Promise<ScheduleOutcome> {
  const clash = await findScheduleByName(input.name);
  if (clash && clash.id !== id) return { ok: false, fieldErrors: { name: [`a schedule named "${input.name}" already exists`] } };
  const problem = await catalogProblem(await getMongoClient(), input.spec);
  if (problem) return { ok: false, fieldErrors: { [problem.field]: [problem.message] } };
  if (id === null) {
    const newId = await insertSchedule(input, actor.id);
    const saved = await findScheduleOrThrow(newId);
    const applied = await apply(saved);
    await audit('schedule.created', actor, saved, { spec: input.spec, cron: input.cron, timezone: input.timezone, everyMs: input.everyMs });
    return { ok: true, id: newId, queueUnavailable: !applied };
  }
  await findScheduleOrThrow(id);
  await updateSchedule(id, input);
  const saved = await findScheduleOrThrow(id);
  const applied = await apply(saved);
  await audit('schedule.updated', actor, saved, { spec: input.spec, cron: input.cron, timezone: input.timezone, everyMs: input.everyMs });
  return { ok: true, id, queueUnavailable: !applied };
}

export async function setScheduleEnabled(id: number, enabled: boolean, actor: Actor): Promise<{ queueUnavailable: boolean }> {
  await findScheduleOrThrow(id);
  await updateSchedule(id, { enabled });
  const saved = await findScheduleOrThrow(id);
  const applied = await apply(saved);
  await audit(enabled ? 'schedule.resumed' : 'schedule.paused', actor, saved);
  return { queueUnavailable: !applied };
}

export async function removeScheduleById(id: number, actor: Actor): Promise<SyncSchedule> {
  const schedule = await findScheduleOrThrow(id);
  await deleteSchedule(id);
  await failFast(() => removeSchedule(getSyncQueue(), id)).catch(() => undefined);
  await audit('schedule.deleted', actor, schedule);
  return schedule;
}

/** Runs the schedule's sync once now, as its own job: the scheduler's next time does not move. */
export async function runScheduleNow(id: number, actor: Actor): Promise<string> {
  const schedule = await findScheduleOrThrow(id);
  const jobId = await enqueueRecorded(schedule.spec as SyncSpec, actor, { origin: 'user', scheduleId: schedule.id });
  await audit('schedule.run_now', actor, schedule, { jobId });
  return jobId;
}

export { listSchedules };
