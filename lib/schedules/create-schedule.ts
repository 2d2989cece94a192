import { insertSchedule } from '../db/queries/sync-schedules';
import type { Actor } from '../auth/actor';
import type { ScheduleInput } from '../validation/schedule';
import { applyToQueue } from './apply-to-queue';
import { auditSchedule } from './audit-schedule';
import { findScheduleOrThrow } from './find-schedule';
import { scheduleProblem, type ScheduleOutcome } from './schedule-problem';

/** Creates a schedule from a parsed form (lib/validation/schedule.ts) and applies it to the queue. */
export async function createSchedule(input: ScheduleInput, actor: Actor): Promise<ScheduleOutcome> {
  const fieldErrors = await scheduleProblem(null, input);
  if (fieldErrors) return { ok: false, fieldErrors };
  const id = await insertSchedule(input, actor.id);
  const saved = await findScheduleOrThrow(id);
  const applied = await applyToQueue(saved);
  await auditSchedule('schedule.created', actor, saved, { spec: input.spec, cron: input.cron, timezone: input.timezone, everyMs: input.everyMs });
  return { ok: true, id, queueUnavailable: !applied };
}
