/**
 * Why: a schedule's timing is either a cron pattern in a timezone or a fixed interval. Patterns are checked and
 * their fire times computed with BullMQ's own `getNextMillis` (the function and the cron-parser copy the scheduler
 * fires them with), so "accepted by the form" means "fired by BullMQ"; cronstrue says them in words when it can.
 * A saved pattern that can no longer be parsed is described as an invalid pattern, never thrown at a page.
 * Patterns firing more than once a minute are refused (allowed under NODE_ENV=test so tests run in seconds).
 */
import { getNextMillis } from 'bullmq';
import cronstrue from 'cronstrue';
import { env } from '../env';

export type Timing = { cron: string | null; timezone: string; everyMs: number | null };

export const MIN_INTERVAL_MS = env.NODE_ENV === 'test' ? 1_000 : 60_000;
/** The width of sync_schedules.cron. */
export const CRON_MAX_LENGTH = 120;
export const INVALID_PATTERN = 'Invalid pattern';

export function timezoneProblem(timezone: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return null;
  } catch {
    return `"${timezone}" is not a known timezone; use an IANA name such as UTC or Europe/Paris`;
  }
}

/** BullMQ's next fire time after `from` (ms), or null when BullMQ cannot fire the pattern. */
function nextCronMillis(pattern: string, timezone: string, from: number): number | null {
  if (pattern.length > CRON_MAX_LENGTH) return null;
  try {
    return getNextMillis(from, { pattern, tz: timezone }) ?? null;
  } catch {
    return null;
  }
}

/** Why a cron pattern cannot be used, or null. */
export function cronProblem(pattern: string, timezone: string): string | null {
  if (pattern.length > CRON_MAX_LENGTH) return `cron pattern must be at most ${CRON_MAX_LENGTH} characters`;
  const times: number[] = [];
  let from = Date.UTC(2030, 0, 1);
  for (let i = 0; i < 4; i++) {
    const next = nextCronMillis(pattern, timezone, from);
    if (next === null) return `"${pattern}" is not a valid cron pattern (the scheduler cannot fire it); e.g. "0 2 * * *" for 02:00 every day`;
    times.push(next);
    from = next;
  }
  const gap = Math.min(...times.slice(1).map((t, i) => t - times[i]!));
  if (gap < MIN_INTERVAL_MS) return `"${pattern}" fires more often than once a minute; the shortest allowed interval is one minute`;
  return null;
}

function cronInWords(pattern: string): string {
  try {
    return cronstrue.toString(pattern, { use24HourTimeFormat: true, verbose: false });
  } catch {
    return `Cron "${pattern}"`;
  }
}

export function describeTiming({ cron, timezone, everyMs }: Timing): string {
  if (cron) {
    if (timezoneProblem(timezone) || nextCronMillis(cron, timezone, Date.now()) === null) return INVALID_PATTERN;
    return `${cronInWords(cron)}${timezone === 'UTC' ? ' (UTC)' : ` (${timezone} time)`}`;
  }
  const minutes = (everyMs ?? 0) / 60_000;
  if (minutes >= 1 && Number.isInteger(minutes))
    return minutes === 1 ? 'Every minute' : minutes % 60 === 0 ? `Every ${minutes / 60} hour(s)` : `Every ${minutes} minutes`;
  return `Every ${Math.round((everyMs ?? 0) / 1000)} seconds`;
}

/** The next fire time after `from` as BullMQ computes it (its stored value is preferred when it has one); null when it cannot fire. */
export function nextFireTime({ cron, timezone, everyMs }: Timing, from = new Date()): Date | null {
  if (cron) {
    const next = timezoneProblem(timezone) ? null : nextCronMillis(cron, timezone, from.getTime());
    return next === null ? null : new Date(next);
  }
  return everyMs ? new Date(Math.ceil((from.getTime() + 1) / everyMs) * everyMs) : null;
}
