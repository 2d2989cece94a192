import { deleteSchedule as deleteScheduleRow } from '../db/queries/sync-schedules';
import type { SyncSchedule } from '../db/schema';
import type { Actor } from '../auth/actor';
import { removeFromQueue } from './apply-to-queue';
import { auditSchedule } from './audit-schedule';
import { refuseForBuiltIn } from './built-in';
import { findScheduleOrThrow } from './find-schedule';

/** Deletes a schedule (not a built-in one) and its job scheduler; its past runs stay in the history. */
export async function deleteSchedule(id: number, actor: Actor): Promise<SyncSchedule> {
  const schedule = await findScheduleOrThrow(id);
  refuseForBuiltIn(schedule, 'deleted');
  await deleteScheduleRow(id);
  await removeFromQueue(id);
  await auditSchedule('schedule.deleted', actor, schedule);
  return schedule;
}
