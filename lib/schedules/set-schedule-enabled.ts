import { updateSchedule } from '../db/queries/sync-schedules';
import type { Actor } from '../auth/actor';
import { applyToQueue } from './apply-to-queue';
import { auditSchedule } from './audit-schedule';
import { findScheduleOrThrow } from './find-schedule';

/** Pauses (enabled false) or resumes a schedule; a paused schedule keeps its row and loses its job scheduler. */
export async function setScheduleEnabled(id: number, enabled: boolean, actor: Actor): Promise<{ queueUnavailable: boolean }> {
  await findScheduleOrThrow(id);
  await updateSchedule(id, { enabled });
  const saved = await findScheduleOrThrow(id);
  const applied = await applyToQueue(saved);
  await auditSchedule(enabled ? 'schedule.resumed' : 'schedule.paused', actor, saved);
  return { queueUnavailable: !applied };
}
