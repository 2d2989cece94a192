/**
 * Why: every schedule change goes through here — validate, write MySQL (the source of truth), apply the change
 * to BullMQ's job scheduler at once, audit — so the admin pages and tests cannot skip a step. If Redis is down
 * the MySQL change stands and the worker's reconcile applies it when Redis is back.
 */
import { recordAudit, type AuditAction } from '../db/queries/audit';
import { deleteSchedule, findSchedule, findScheduleByName, insertSchedule, listSchedules, updateSchedule } from '../db/queries/sync-schedules';
import type { SyncSchedule } from '../db/schema';
import { serverProblem } from '../mongo/filter-probe';
import { getMongoClient } from '../mongo/client';
import { failFast, SyncJobError } from '../queue/errors';
import { getSyncQueue } from '../queue/queue';
import { enqueueRecorded, type Actor } from '../sync-ui/queue-sync';
import { parseScheduleFields, type ScheduleFieldErrors } from '../validation/schedule';
import type { FormLike, SyncSpec } from '../validation/sync';
import { applySchedule, removeSchedule } from './scheduler';

export type ScheduleOutcome = { ok: true; id: number; queueUnavailable: boolean } | { ok: false; fieldErrors: ScheduleFieldErrors };

async function audit(action: AuditAction, actor: Actor, schedule: Pick<SyncSchedule, 'id' | 'name'>, ip: string | null, detail?: Record<string, unknown>) {
  await recordAudit({ action, actorUserId: actor.userId, target: `sync-schedule:${schedule.id}`, ip, detail: { name: schedule.name, ...detail } });
}

/** Applies to BullMQ; false when Redis is unreachable (the worker's reconcile catches up later). */
async function apply(schedule: SyncSchedule): Promise<boolean> {
  try {
    await failFast(() => applySchedule(getSyncQueue(), schedule));
    return true;
  } catch (error) {
    if (error instanceof SyncJobError && error.status === 503) return false;
    throw error;
  }
}

export async function findScheduleOr404(id: number): Promise<SyncSchedule> {
  const schedule = Number.isInteger(id) ? await findSchedule(id) : undefined;
  if (!schedule) throw new SyncJobError(404, `schedule ${id} was not found (it may have been deleted)`);
  return schedule;
}

export async function saveSchedule(id: number | null, fields: FormLike, actor: Actor, ip: string | null): Promise<ScheduleOutcome> {
  const parsed = parseScheduleFields(fields);
  if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors };
  const input = parsed.data;
  const clash = await findScheduleByName(input.name);
  if (clash && clash.id !== id) return { ok: false, fieldErrors: { name: [`a schedule named "${input.name}" already exists`] } };
  const problem = await serverProblem(await getMongoClient(), input.spec);
  if (problem) return { ok: false, fieldErrors: { [problem.field]: [problem.message] } };
  if (id === null) {
    const newId = await insertSchedule(input, actor.userId);
    const saved = await findScheduleOr404(newId);
    const applied = await apply(saved);
    await audit('schedule.created', actor, saved, ip, { spec: input.spec, cron: input.cron, timezone: input.timezone, everyMs: input.everyMs });
    return { ok: true, id: newId, queueUnavailable: !applied };
  }
  await findScheduleOr404(id);
  await updateSchedule(id, input);
  const saved = await findScheduleOr404(id);
  const applied = await apply(saved);
  await audit('schedule.updated', actor, saved, ip, { spec: input.spec, cron: input.cron, timezone: input.timezone, everyMs: input.everyMs });
  return { ok: true, id, queueUnavailable: !applied };
}

export async function setScheduleEnabled(id: number, enabled: boolean, actor: Actor, ip: string | null): Promise<{ queueUnavailable: boolean }> {
  await findScheduleOr404(id);
  await updateSchedule(id, { enabled });
  const saved = await findScheduleOr404(id);
  const applied = await apply(saved);
  await audit(enabled ? 'schedule.resumed' : 'schedule.paused', actor, saved, ip);
  return { queueUnavailable: !applied };
}

export async function removeScheduleById(id: number, actor: Actor, ip: string | null): Promise<SyncSchedule> {
  const schedule = await findScheduleOr404(id);
  await deleteSchedule(id);
  await failFast(() => removeSchedule(getSyncQueue(), id)).catch(() => undefined);
  await audit('schedule.deleted', actor, schedule, ip);
  return schedule;
}

/** Runs the schedule's sync once now, as its own job: the scheduler's next time does not move. */
export async function runScheduleNow(id: number, actor: Actor, ip: string | null): Promise<string> {
  const schedule = await findScheduleOr404(id);
  const jobId = await enqueueRecorded(schedule.spec as SyncSpec, actor, { origin: 'user', scheduleId: schedule.id });
  await audit('schedule.run_now', actor, schedule, ip, { jobId });
  return jobId;
}

export { listSchedules };
