import { updateSchedule as updateScheduleRow } from '../db/queries/sync-schedules';
import type { Actor } from '../auth/actor';
import type { ScheduleInput } from '../validation/schedule';
import { applyToQueue } from './apply-to-queue';
import { auditSchedule } from './audit-schedule';
import { refuseForBuiltIn } from './built-in';
import { findScheduleOrThrow } from './find-schedule';
import { scheduleProblem, type ScheduleOutcome } from './schedule-problem';

/** Replaces a schedule's fields from a parsed form and applies the change to the queue. */
export async function updateSchedule(id: number, input: ScheduleInput, actor: Actor): Promise<ScheduleOutcome> {
  const fieldErrors = await scheduleProblem(id, input);
  if (fieldErrors) return { ok: false, fieldErrors };
  const current = await findScheduleOrThrow(id);
  if (current.name !== input.name) refuseForBuiltIn(current, 'renamed');
  await updateScheduleRow(id, input);
  const saved = await findScheduleOrThrow(id);
  const applied = await applyToQueue(saved);
  await auditSchedule('schedule.updated', actor, saved, { spec: input.spec, cron: input.cron, timezone: input.timezone, everyMs: input.everyMs });
  return { ok: true, id, queueUnavailable: !applied };
}
