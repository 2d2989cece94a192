/**
 * Why: the schedule form, its server actions and the tests parse a schedule the same way: the queue form's sync
 * fields (the one SyncSpec schema) plus a name, a timing (cron + timezone, or an interval in minutes) and an
 * overlap policy; errors come back keyed by the form's field names.
 */
import { z } from 'zod';
import { OVERLAP_POLICIES } from '../db/schema';
import { cronProblem, MIN_INTERVAL_MS, timezoneProblem } from '../schedules/pattern';
import { rowIdSchema } from './row-id';
import { parseSyncSpecFields, type FormLike, type SyncSpec } from './sync';
import { whenParsed } from './when-parsed';

export const SCHEDULE_KINDS = ['cron', 'every'] as const;

/** The fields the timing rules read: the rules run whenever these parsed, whatever else is wrong (one submit, every error). */
const TIMING_RULE_INPUTS = ['kind', 'cron', 'timezone', 'everyMinutes'];

const timingSchema = z
  .object({
    name: z.string({ error: 'name is required' }).trim().min(1, 'name is required').max(100, 'name must be at most 100 characters'),
    kind: z.enum(SCHEDULE_KINDS, { error: 'choose a cron pattern or an interval' }),
    cron: z.string().trim().optional(),
    timezone: z.string().trim().min(1).max(64, 'timezone must be at most 64 characters').default('UTC'),
    everyMinutes: z.coerce.number({ error: 'interval must be a number of minutes' }).optional(),
    overlap: z.enum(OVERLAP_POLICIES, { error: 'overlap must be skip or queue' }).default('skip'),
  })
  .superRefine(
    (t, ctx) => {
      const tz = timezoneProblem(t.timezone);
      if (tz) ctx.addIssue({ code: 'custom', path: ['timezone'], message: tz });
      if (t.kind === 'cron') {
        if (!t.cron) ctx.addIssue({ code: 'custom', path: ['cron'], message: 'cron pattern is required, e.g. "0 2 * * *"' });
        else if (!tz) {
          const problem = cronProblem(t.cron, t.timezone);
          if (problem) ctx.addIssue({ code: 'custom', path: ['cron'], message: problem });
        }
      } else if (t.everyMinutes === undefined || !Number.isFinite(t.everyMinutes) || t.everyMinutes * 60_000 < MIN_INTERVAL_MS || t.everyMinutes > 10_080) {
        ctx.addIssue({ code: 'custom', path: ['everyMinutes'], message: 'interval must be from 1 to 10,080 minutes (one week)' });
      }
    },
    { when: whenParsed(TIMING_RULE_INPUTS) },
  );

export type ScheduleInput = {
  name: string;
  spec: SyncSpec;
  cron: string | null;
  timezone: string;
  everyMs: number | null;
  overlap: (typeof OVERLAP_POLICIES)[number];
};
export type ScheduleFieldErrors = Record<string, string[]>;

const blankToUndefined = (input: FormLike, name: string) => {
  const raw = input instanceof FormData ? input.get(name) : input[name];
  const text = raw === undefined || raw === null ? '' : String(raw).trim();
  return text === '' ? undefined : text;
};

export function parseScheduleFields(input: FormLike): { success: true; data: ScheduleInput } | { success: false; fieldErrors: ScheduleFieldErrors } {
  const spec = parseSyncSpecFields(input);
  const timing = timingSchema.safeParse(
    Object.fromEntries(['name', 'kind', 'cron', 'timezone', 'everyMinutes', 'overlap'].map((k) => [k, blankToUndefined(input, k)])),
  );
  const fieldErrors: ScheduleFieldErrors = spec.success ? {} : (spec.fieldErrors as ScheduleFieldErrors);
  if (!timing.success) for (const issue of timing.error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  if (!spec.success || !timing.success) return { success: false, fieldErrors };
  const t = timing.data;
  return {
    success: true,
    data: {
      name: t.name,
      spec: spec.data,
      cron: t.kind === 'cron' ? t.cron! : null,
      timezone: t.timezone,
      everyMs: t.kind === 'every' ? Math.round(t.everyMinutes! * 60_000) : null,
      overlap: t.overlap,
    },
  };
}

/** The schedule form: its fields plus the edited schedule's id (blank when creating), parsed by the action wrapper. */
const scheduleIdSchema = z.union([z.literal(''), rowIdSchema('Unknown schedule')]).optional();

export const scheduleForm = {
  parseForm(input: FormLike): { success: true; data: ScheduleInput & { scheduleId: number | null } } | { success: false; fieldErrors: ScheduleFieldErrors } {
    const id = scheduleIdSchema.safeParse(input instanceof FormData ? (input.get('scheduleId') ?? undefined) : input.scheduleId);
    if (!id.success) return { success: false, fieldErrors: { scheduleId: [id.error.issues[0]?.message ?? 'Unknown schedule'] } };
    const parsed = parseScheduleFields(input);
    return parsed.success ? { success: true, data: { ...parsed.data, scheduleId: id.data || null } } : parsed;
  },
};
