import type { Actor } from '../auth/actor';
import { enqueueRecorded } from '../sync-jobs/enqueue-recorded';
import type { SyncSpec } from '../validation/sync';
import { auditSchedule } from './audit-schedule';
import { findScheduleOrThrow } from './find-schedule';

/** Runs the schedule's sync once now, as its own job: the scheduler's next time does not move. */
export async function runScheduleNow(id: number, actor: Actor): Promise<string> {
  const schedule = await findScheduleOrThrow(id);
  const jobId = await enqueueRecorded(schedule.spec as SyncSpec, actor, { origin: 'user', scheduleId: schedule.id });
  await auditSchedule('schedule.run_now', actor, schedule, { jobId });
  return jobId;
}
