/**
 * Why: a schedule's runs carry BullMQ's scheduler ids ("repeat:schedule-17:1796319180000"), which mean nothing to
 * a reader. Every place that names a job (the schedules list, the job page, the run history, the console) asks
 * here, so a scheduled run reads as its schedule's name and run time everywhere, and any other job as "#id".
 */
import { formatInstant } from '../format-time';

const SCHEDULED_ID = /^repeat:schedule-(\d+):(\d+)$/;
const SCHEDULE_QUEUER = 'schedule:';

export function scheduledRunOf(jobId: string): { scheduleId: number; runAt: number } | null {
  const match = SCHEDULED_ID.exec(jobId);
  return match ? { scheduleId: Number(match[1]), runAt: Number(match[2]) } : null;
}

/** "Nightly customers at 3 Dec 2026, 17:23 UTC" for a scheduled run (its schedule may be gone), "#35" otherwise. */
export function jobLabel(jobId: string, scheduleName?: string | null): string {
  const scheduled = scheduledRunOf(jobId);
  if (!scheduled) return `#${jobId}`;
  return `${scheduleName ?? `Schedule ${scheduled.scheduleId}`} at ${formatInstant(scheduled.runAt)}`;
}

/** The schedule a live job was queued by, from the job's own data ("schedule:<name>"). */
export function scheduleNameOf(queuedBy: { username: string }): string | null {
  return queuedBy.username.startsWith(SCHEDULE_QUEUER) ? queuedBy.username.slice(SCHEDULE_QUEUER.length) : null;
}
