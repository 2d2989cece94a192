/**
 * Why: the jobs page and GET /api/admin/sync/jobs read the same filters from the query string (state, source or
 * target text, who, date range, page) with the same messages for bad values.
 */
import { z } from 'zod';
import { SYNC_RUN_STATES } from '../db/schema';
import type { RunFilters } from '../db/queries/sync-runs';
import { calendarDay, endNotBeforeStart } from './dates';

const blank = (v: unknown) => (v === '' ? undefined : v);

export const runFiltersSchema = z
  .object({
    state: z.preprocess(blank, z.enum(SYNC_RUN_STATES, { error: `state must be one of ${SYNC_RUN_STATES.join(', ')}` }).optional()),
    q: z.preprocess(blank, z.string().trim().max(200, 'search text is too long').optional()),
    who: z.preprocess(blank, z.string().trim().max(64, 'who is too long').optional()),
    from: z.preprocess(blank, calendarDay('From').optional()),
    to: z.preprocess(blank, calendarDay('To').optional()),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine(...endNotBeforeStart);

export type RunFilterParams = z.output<typeof runFiltersSchema>;

/** SQL filters: "to" includes its whole day. */
export function toRunFilters(params: RunFilterParams): RunFilters {
  return {
    state: params.state,
    q: params.q,
    who: params.who,
    from: params.from ? new Date(`${params.from}T00:00:00Z`) : undefined,
    to: params.to ? new Date(Date.parse(`${params.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}

export function firstValues(params: Record<string, string | string[] | undefined> | URLSearchParams): Record<string, string | undefined> {
  if (params instanceof URLSearchParams) return Object.fromEntries(params);
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
