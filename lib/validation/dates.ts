/**
 * Why: every date filter (audit log, sync jobs, a customer's transactions) and the birth date read a calendar day
 * the same way and say the same words when it is wrong or when a range ends before it starts.
 */
import { z } from 'zod';

/** zod's ISO calendar date: month lengths and leap years included. */
const isoDate = z.iso.date();

export const END_BEFORE_START = 'The end date is before the start date';

/** A calendar day typed as YYYY-MM-DD that exists (no 2026-02-30). */
export function calendarDay(label: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-01-31`)
    .refine((v) => isoDate.safeParse(v).success, `${label} is not a real date`);
}

/** For `.refine(...endNotBeforeStart)` on an object with optional `from` and `to` days. */
export const endNotBeforeStart: [(f: { from?: string; to?: string }) => boolean, { path: string[]; message: string }] = [
  (f) => !f.from || !f.to || f.from <= f.to,
  { path: ['to'], message: END_BEFORE_START },
];
