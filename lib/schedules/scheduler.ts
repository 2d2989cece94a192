/**
 * Why: turns MySQL schedules into BullMQ job schedulers. `applySchedule` runs on every change (create, edit,
 * pause, resume, delete) and `reconcileSchedules` when the worker starts and periodically, so a Redis that lost
 * its data gets every enabled schedule back and a scheduler whose schedule is gone or paused is removed.
 */
import type { SyncSchedule } from '../db/schema';
import { SYNC_JOB_NAME } from '../queue/connection';
import { SYNC_JOB_OPTIONS } from '../queue/producer';
import type { SyncQueue } from '../queue/queue';
import type { SyncJobData } from '../queue/types';
import type { SyncSpec } from '../validation/sync';
import { cronProblem } from './pattern';

const PREFIX = 'schedule-';

export const schedulerId = (scheduleId: number) => `${PREFIX}${scheduleId}`;

export function scheduledJobData(schedule: SyncSchedule): SyncJobData {
  return {
    spec: schedule.spec as SyncSpec,
    queuedBy: { userId: 0, username: `schedule:${schedule.name}` },
    origin: 'schedule',
    scheduleId: schedule.id,
    overlap: schedule.overlap,
  };
}

export async function applySchedule(queue: SyncQueue, schedule: SyncSchedule): Promise<void> {
  if (!schedule.enabled) {
    await queue.removeJobScheduler(schedulerId(schedule.id));
    return;
  }
  const timing = schedule.cron ? { pattern: schedule.cron, tz: schedule.timezone } : { every: schedule.everyMs! };
  await queue.upsertJobScheduler(schedulerId(schedule.id), timing, { name: SYNC_JOB_NAME, data: scheduledJobData(schedule), opts: SYNC_JOB_OPTIONS });
}

export async function removeSchedule(queue: SyncQueue, scheduleId: number): Promise<void> {
  await queue.removeJobScheduler(schedulerId(scheduleId));
}

/** BullMQ's next fire time per schedule id (absent when the scheduler is not in Redis). */
export async function nextRuns(queue: SyncQueue): Promise<Map<number, number>> {
  const schedulers = await queue.getJobSchedulers(0, -1, true);
  const next = new Map<number, number>();
  for (const s of schedulers) {
    const key = s.id ?? s.key;
    if (key?.startsWith(PREFIX) && s.next) next.set(Number(key.slice(PREFIX.length)), s.next);
  }
  return next;
}

export type Reconciled = { applied: number; removed: number; refused: { id: number; problem: string }[] };

/** Applies every enabled schedule; one BullMQ refuses (a pattern saved before it was checked) is named, not fatal. */
export async function reconcileSchedules(queue: SyncQueue, schedules: SyncSchedule[]): Promise<Reconciled> {
  const enabled = schedules.filter((s) => s.enabled);
  const wanted = new Set(enabled.map((s) => schedulerId(s.id)));
  let removed = 0;
  for (const s of await queue.getJobSchedulers(0, -1)) {
    const key = s.id ?? s.key;
    if (key?.startsWith(PREFIX) && !wanted.has(key)) removed += Number(await queue.removeJobScheduler(key));
  }
  const refused: Reconciled['refused'] = [];
  for (const schedule of enabled) {
    const problem = schedule.cron ? cronProblem(schedule.cron, schedule.timezone) : null;
    if (problem) {
      refused.push({ id: schedule.id, problem });
      removed += Number(await queue.removeJobScheduler(schedulerId(schedule.id)));
    } else await applySchedule(queue, schedule);
  }
  return { applied: enabled.length - refused.length, removed, refused };
}
