/** Why: the URL parameters of the customer account page and the management period, and the customer's link form, parsed once at the edge. */
import { z } from 'zod';
import { calendarDay, endNotBeforeStart } from './dates';

/** What a customer gives to link their sign-in to their record: something on it that was never shown to them. */
export const customerLinkSchema = z.object({
  accountNumber: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, 'Enter one of your account numbers (digits only)')
    .transform(Number),
  birthDate: calendarDay('Birth date'),
});

export type CustomerLinkProof = z.infer<typeof customerLinkSchema>;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const tradeFilterSchema = z
  .object({
    from: optional(calendarDay('From')),
    to: optional(calendarDay('To')),
    symbol: optional(
      z
        .string()
        .trim()
        .toLowerCase()
        .max(16, 'Symbols are at most 16 characters')
        .regex(/^[a-z0-9.\-]+$/, 'Symbols are letters and digits only'),
    ),
    side: optional(z.enum(['buy', 'sell'], { error: 'Choose buy, sell or both' })),
  })
  .refine(...endNotBeforeStart);

export type TradeFilter = z.infer<typeof tradeFilterSchema>;
export type TradeFilterErrors = Partial<Record<keyof TradeFilter, string>>;

type Params = Record<string, string | string[] | undefined>;
const one = (params: Params, key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);

/** The filter, the raw values to echo back into the form, and a message per bad field. */
export function parseTradeFilter(params: Params): { filter: TradeFilter | null; raw: Record<keyof TradeFilter, string>; errors: TradeFilterErrors } {
  const raw = { from: one(params, 'from') ?? '', to: one(params, 'to') ?? '', symbol: one(params, 'symbol') ?? '', side: one(params, 'side') ?? '' };
  const parsed = tradeFilterSchema.safeParse(raw);
  if (parsed.success) return { filter: parsed.data, raw, errors: {} };
  const errors: TradeFilterErrors = {};
  for (const issue of parsed.error.issues) errors[issue.path[0] as keyof TradeFilter] ??= issue.message;
  return { filter: null, raw, errors };
}

export const PERIODS = ['30d', '90d', '365d', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABEL: Record<Period, string> = { '30d': 'Last 30 days', '90d': 'Last 90 days', '365d': 'Last 365 days', all: 'All time' };
export const PERIOD_DAYS: Record<Period, number | null> = { '30d': 30, '90d': 90, '365d': 365, all: null };

export const periodSchema = z.enum(PERIODS, { error: `Choose a period: ${PERIODS.join(', ')}` }).default('30d');

/** The sync statistics page's period, written like the management overview's (`?period=30d`). */
export const STAT_PERIOD_KEYS = ['7d', '30d', '90d'] as const;
export const statPeriodSchema = z
  .enum(STAT_PERIOD_KEYS, { error: `Choose a period: ${STAT_PERIOD_KEYS.join(', ')}` })
  .default('30d')
  .transform((key) => Number(key.slice(0, -1)) as 7 | 30 | 90);

/** A period query parameter as the schema sees it (first value of a repeated one), and as typed for the message. */
export function parsePeriodParam<T extends z.ZodType>(schema: T, raw: string | string[] | undefined) {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const parsed = schema.safeParse(value);
  return parsed.success
    ? ({ ok: true, value: parsed.data as z.output<T> } as const)
    : ({ ok: false, error: `${parsed.error.issues[0]?.message ?? 'Unknown period'} (you asked for “${String(value)}”).` } as const);
}
