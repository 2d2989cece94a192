/**
 * Why: FerretDB runs every $group in its own process over the whole collection, so the management figures are
 * computed offline by the worker: one streaming pass over customers, accounts and transaction buckets computes
 * every period at once (money summed with decimal.js), and one row per period lands in MySQL
 * `analytics_rollups`, which the management page reads in a single primary-key lookup. (The customer pages read
 * their own copy, kept by built-in sync schedules: lib/analytics/customer-copy.)
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from 'mongodb';
import { z } from 'zod';
import { db as mysql } from '../db';
import { analyticsRollups } from '../db/schema';
import { PERIOD_DAYS, PERIODS, type Period } from '../validation/analytics';
import { ensureAnalyticsIndexes, type AccountDoc, type BucketDoc, type CustomerDoc } from './mongo';
import { Decimal, dec } from './money';
import { monthOf } from './trades';

const rollupSchema = z.object({
  from: z.string().nullable(),
  to: z.string(),
  kpis: z.object({ customers: z.number(), activeCustomers: z.number(), accounts: z.number(), trades: z.number(), tradedValue: z.string() }),
  byTier: z.array(z.object({ tier: z.string(), customers: z.number() })),
  byProduct: z.array(z.object({ product: z.string(), accounts: z.number() })),
  byMonth: z.array(z.object({ month: z.string(), buy: z.string(), sell: z.string() })),
  topSymbols: z.array(z.object({ symbol: z.string(), trades: z.number(), value: z.string() })),
});
export type Rollup = z.infer<typeof rollupSchema>;
export type StoredRollup = { period: Period; computedAt: Date; data: Rollup };

const TOP_SYMBOLS = 10;

type PeriodAcc = {
  trades: number;
  value: Decimal;
  active: Set<number>;
  months: Map<string, { buy: Decimal; sell: Decimal }>;
  symbols: Map<string, { trades: number; value: Decimal }>;
};

const countRows = <K extends string>(counts: Map<string, number>, key: K, value: string) =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => ({ [key]: name, [value]: n }));

/** Every period's figures from one pass over the collections, relative to `now`. */
export async function computeRollups(db: Db, now = new Date()): Promise<Record<Period, Rollup>> {
  await ensureAnalyticsIndexes(db);
  const ownerOf = new Map<number, number[]>();
  const tiers = new Map<string, number>();
  let customers = 0;
  for await (const c of db.collection<CustomerDoc>('customers').find({}, { projection: { accounts: 1, tier_and_details: 1 } })) {
    const index = customers++;
    for (const id of c.accounts ?? []) ownerOf.set(Number(id), [...(ownerOf.get(Number(id)) ?? []), index]);
    for (const tier of new Set(Object.values(c.tier_and_details ?? {}).map((t) => String(t.tier ?? 'Unknown')))) tiers.set(tier, (tiers.get(tier) ?? 0) + 1);
  }
  const products = new Map<string, number>();
  let accounts = 0;
  for await (const a of db.collection<AccountDoc>('accounts').find({}, { projection: { account_id: 1, limit: 1, products: 1 } })) {
    accounts += 1;
    for (const p of new Set((a.products ?? []).map(String))) products.set(p, (products.get(p) ?? 0) + 1);
  }
  const cutoffs = PERIODS.map((p) => [p, PERIOD_DAYS[p] === null ? -Infinity : now.getTime() - PERIOD_DAYS[p] * 86_400_000] as const);
  const acc = Object.fromEntries(
    PERIODS.map((p) => [p, { trades: 0, value: new Decimal(0), active: new Set<number>(), months: new Map(), symbols: new Map() } satisfies PeriodAcc]),
  ) as Record<Period, PeriodAcc>;
  for await (const bucket of db.collection<BucketDoc>('transactions').find({}, { projection: { account_id: 1, transactions: 1 } })) {
    const owners = ownerOf.get(Number(bucket.account_id)) ?? [];
    for (const t of bucket.transactions ?? []) {
      if (!(t.date instanceof Date)) continue;
      const total = dec(t.total);
      for (const [period, cutoff] of cutoffs) {
        if (t.date.getTime() < cutoff) continue;
        const p = acc[period];
        p.trades += 1;
        p.value = p.value.plus(total);
        for (const o of owners) p.active.add(o);
        const month = p.months.get(monthOf(t.date)) ?? { buy: new Decimal(0), sell: new Decimal(0) };
        if (t.transaction_code === 'buy') month.buy = month.buy.plus(total);
        else if (t.transaction_code === 'sell') month.sell = month.sell.plus(total);
        p.months.set(monthOf(t.date), month);
        const symbol = p.symbols.get(t.symbol) ?? { trades: 0, value: new Decimal(0) };
        symbol.trades += 1;
        symbol.value = symbol.value.plus(total);
        p.symbols.set(t.symbol, symbol);
      }
    }
  }
  const byTier = countRows(tiers, 'tier', 'customers') as Rollup['byTier'];
  const byProduct = countRows(products, 'product', 'accounts') as Rollup['byProduct'];
  return Object.fromEntries(
    cutoffs.map(([period, cutoff]) => {
      const p = acc[period];
      const rollup: Rollup = {
        from: Number.isFinite(cutoff) ? new Date(cutoff).toISOString() : null,
        to: now.toISOString(),
        kpis: { customers, activeCustomers: p.active.size, accounts, trades: p.trades, tradedValue: p.value.toString() },
        byTier,
        byProduct,
        byMonth: [...p.months.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([month, v]) => ({ month, buy: v.buy.toString(), sell: v.sell.toString() })),
        topSymbols: [...p.symbols.entries()]
          .sort((a, b) => b[1].value.comparedTo(a[1].value) || a[0].localeCompare(b[0]))
          .slice(0, TOP_SYMBOLS)
          .map(([symbol, v]) => ({ symbol, trades: v.trades, value: v.value.toString() })),
      };
      return [period, rollup];
    }),
  ) as Record<Period, Rollup>;
}

export async function storeRollups(rollups: Record<Period, Rollup>, computedAt: Date): Promise<void> {
  const rows = PERIODS.map((period) => ({ period, computedAt, data: rollups[period] as Record<string, unknown> }));
  await mysql
    .insert(analyticsRollups)
    .values(rows)
    .onDuplicateKeyUpdate({ set: { computedAt: sql`VALUES(computed_at)`, data: sql`VALUES(data)` } });
}

/** What the worker job runs: compute from `db` and store every period's figures in one statement. */
export async function refreshRollups(db: Db): Promise<{ computedAt: Date; ms: number; trades: number }> {
  const started = Date.now();
  const computedAt = new Date();
  const rollups = await computeRollups(db, computedAt);
  await storeRollups(rollups, computedAt);
  return { computedAt, ms: Date.now() - started, trades: rollups.all.kpis.trades };
}

/** The stored figures for a period, or null before the first computation (or if the row is unreadable). */
export async function readRollup(period: Period): Promise<StoredRollup | null> {
  const [row] = await mysql.select().from(analyticsRollups).where(eq(analyticsRollups.period, period)).limit(1);
  if (!row) return null;
  const data = rollupSchema.safeParse(row.data);
  return data.success ? { period, computedAt: row.computedAt, data: data.data } : null;
}
