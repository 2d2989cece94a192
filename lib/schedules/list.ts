/**
 * Why: the schedules page shows each schedule with its timing in words, BullMQ's next fire time (computed from
 * the pattern when Redis cannot be read) and its last run's outcome from the run history.
 */
import { lastRunPerSchedule } from '../db/queries/sync-runs';
import { listSchedules } from '../db/queries/sync-schedules';
import type { SyncRun, SyncSchedule } from '../db/schema';
import { failFast } from '../queue/errors';
import { getSyncQueue } from '../queue/queue';
import type { SyncSpec } from '../validation/sync';
import { describeTiming, nextFireTime } from './pattern';
import { nextRuns } from './scheduler';

export type ScheduleView = SyncSchedule & { spec: SyncSpec; inWords: string; nextRunAt: number | null; nextFromQueue: boolean; lastRun: SyncRun | null };

export async function loadScheduleViews(): Promise<{ schedules: ScheduleView[]; queueUnavailable: boolean }> {
  const schedules = await listSchedules();
  const [lastRuns, next] = await Promise.all([lastRunPerSchedule(schedules.map((s) => s.id)), failFast(() => nextRuns(getSyncQueue())).catch(() => null)]);
  return {
    queueUnavailable: next === null,
    schedules: schedules.map((s) => {
      const fromQueue = next?.get(s.id);
      return {
        ...s,
        spec: s.spec as SyncSpec,
        inWords: describeTiming(s),
        nextRunAt: !s.enabled ? null : (fromQueue ?? nextFireTime(s)?.getTime() ?? null),
        nextFromQueue: fromQueue !== undefined,
        lastRun: lastRuns.get(s.id) ?? null,
      };
    }),
  };
}
