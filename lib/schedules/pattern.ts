/**
 * Why: a schedule's timing is either a cron pattern in a timezone or a fixed interval. cron-parser validates and
 * computes fire times, cronstrue says it in words; both BullMQ and the pages read the same rules from here.
 * Patterns firing more than once a minute are refused (allowed under NODE_ENV=test so tests run in seconds).
 */
import { CronExpressionParser } from 'cron-parser';
import cronstrue from 'cronstrue';
import { env } from '../env';

export type Timing = { cron: string | null; timezone: string; everyMs: number | null };

export const MIN_INTERVAL_MS = env.NODE_ENV === 'test' ? 1_000 : 60_000;

export function timezoneProblem(timezone: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return null;
  } catch {
    return `"${timezone}" is not a known timezone; use an IANA name such as UTC or Europe/Paris`;
  }
}

/** Why a cron pattern cannot be used, or null. */
export function cronProblem(pattern: string, timezone: string): string | null {
  let times: number[];
  try {
    const expression = CronExpressionParser.parse(pattern, { tz: timezone, currentDate: new Date(Date.UTC(2030, 0, 1)) });
    times = Array.from({ length: 4 }, () => expression.next().getTime());
  } catch (error) {
    return `"${pattern}" is not a valid cron pattern (${(error as Error).message}); e.g. "0 2 * * *" for 02:00 every day`;
  }
  const gap = Math.min(...times.slice(1).map((t, i) => t - times[i]!));
  if (gap < MIN_INTERVAL_MS) return `"${pattern}" fires more often than once a minute; the shortest allowed interval is one minute`;
  return null;
}

export function describeTiming({ cron, timezone, everyMs }: Timing): string {
  if (cron) {
    const words = cronstrue.toString(cron, { use24HourTimeFormat: true, verbose: false });
    return `${words}${timezone === 'UTC' ? ' (UTC)' : ` (${timezone} time)`}`;
  }
  const minutes = (everyMs ?? 0) / 60_000;
  if (minutes >= 1 && Number.isInteger(minutes))
    return minutes === 1 ? 'Every minute' : minutes % 60 === 0 ? `Every ${minutes / 60} hour(s)` : `Every ${minutes} minutes`;
  return `Every ${Math.round((everyMs ?? 0) / 1000)} seconds`;
}

/** The next fire time after `from` computed from the pattern (BullMQ's own value is preferred when it has one). */
export function nextFireTime({ cron, timezone, everyMs }: Timing, from = new Date()): Date | null {
  if (cron) return CronExpressionParser.parse(cron, { tz: timezone, currentDate: from }).next().toDate();
  return everyMs ? new Date(Math.ceil((from.getTime() + 1) / everyMs) * everyMs) : null;
}
