/**
 * Why: FerretDB runs every $group in its own process over the whole collection, so the management figures are
 * computed offline by the worker: one streaming pass over customers, accounts and transaction buckets computes
 * every period at once (money summed with decimal.js), and one row per period lands in MySQL
 * `analytics_rollups`, which the management page reads in a single primary-key lookup. The same pass refreshes
 * the customer pages' copy (see schema.ts for why): `analytics_trades` and the figures derived from it,
 * `analytics_accounts` and `analytics_account_owners`.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from 'mongodb';
import { z } from 'zod';
import { db as mysql } from '../db';
import { deriveTradeFigures } from '../db/queries/analytics-trades';
import { analyticsAccountOwners, analyticsAccounts, analyticsLatestTrades, analyticsRollups, analyticsTradeGroups, analyticsTrades } from '../db/schema';
import { PERIOD_DAYS, PERIODS, type Period } from '../validation/analytics';
import { customerIdText } from './customer-id';
import { accountIdsOf, ensureAnalyticsIndexes, type AccountDoc, type BucketDoc, type CustomerDoc, type Trade } from './mongo';
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

/** What one pass hands to whoever keeps a copy: each customer's accounts, each account, each bucket's trades. */
export type RollupCopy = {
  customer(customerId: string, accountIds: number[]): Promise<void>;
  account(account: AccountDoc): Promise<void>;
  bucket(accountId: number, trades: Trade[]): Promise<void>;
};

/** Every period's figures from one pass over the collections, relative to `now`; `copy` sees every document read. */
export async function computeRollups(db: Db, now = new Date(), copy?: RollupCopy): Promise<Record<Period, Rollup>> {
  await ensureAnalyticsIndexes(db);
  const ownerOf = new Map<number, number[]>();
  const tiers = new Map<string, number>();
  let customers = 0;
  for await (const c of db.collection<CustomerDoc>('customers').find({}, { projection: { accounts: 1, tier_and_details: 1 } })) {
    const index = customers++;
    await copy?.customer(customerIdText(c._id), accountIdsOf(c));
    for (const id of c.accounts ?? []) ownerOf.set(Number(id), [...(ownerOf.get(Number(id)) ?? []), index]);
    for (const tier of new Set(Object.values(c.tier_and_details ?? {}).map((t) => String(t.tier ?? 'Unknown')))) tiers.set(tier, (tiers.get(tier) ?? 0) + 1);
  }
  const products = new Map<string, number>();
  let accounts = 0;
  for await (const a of db.collection<AccountDoc>('accounts').find({}, { projection: { account_id: 1, limit: 1, products: 1 } })) {
    accounts += 1;
    await copy?.account(a);
    for (const p of new Set((a.products ?? []).map(String))) products.set(p, (products.get(p) ?? 0) + 1);
  }
  const cutoffs = PERIODS.map((p) => [p, PERIOD_DAYS[p] === null ? -Infinity : now.getTime() - PERIOD_DAYS[p] * 86_400_000] as const);
  const acc = Object.fromEntries(
    PERIODS.map((p) => [p, { trades: 0, value: new Decimal(0), active: new Set<number>(), months: new Map(), symbols: new Map() } satisfies PeriodAcc]),
  ) as Record<Period, PeriodAcc>;
  for await (const bucket of db.collection<BucketDoc>('transactions').find({}, { projection: { account_id: 1, transactions: 1 } })) {
    const owners = ownerOf.get(Number(bucket.account_id)) ?? [];
    await copy?.bucket(
      Number(bucket.account_id),
      (bucket.transactions ?? []).filter((t) => t.date instanceof Date),
    );
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

type Writer = Pick<typeof mysql, 'insert' | 'delete'>;

export async function storeRollups(rollups: Record<Period, Rollup>, computedAt: Date, writer: Writer = mysql): Promise<void> {
  const rows = PERIODS.map((period) => ({ period, computedAt, data: rollups[period] as Record<string, unknown> }));
  await writer
    .insert(analyticsRollups)
    .values(rows)
    .onDuplicateKeyUpdate({ set: { computedAt: sql`VALUES(computed_at)`, data: sql`VALUES(data)` } });
}

const INSERT_BATCH = 2_000;

type Tx = Parameters<Parameters<typeof mysql.transaction>[0]>[0];

/** Rows for one table, inserted INSERT_BATCH at a time inside the refresh's transaction. */
function batchedInsert<T extends typeof analyticsTrades | typeof analyticsAccounts | typeof analyticsAccountOwners>(tx: Tx, table: T) {
  let pending: T['$inferInsert'][] = [];
  const flush = async () => {
    if (pending.length) await tx.insert(table).values(pending as never);
    pending = [];
  };
  return {
    async add(rows: T['$inferInsert'][]) {
      pending.push(...rows);
      if (pending.length >= INSERT_BATCH) await flush();
    },
    flush,
  };
}

/**
 * What the worker job runs: compute from `db` and, in one MySQL transaction (readers see the old or the new
 * state, never half), replace the stored figures and the customer pages' copy (trades, accounts, owners).
 */
export async function refreshRollups(db: Db): Promise<{ computedAt: Date; ms: number; trades: number }> {
  const started = Date.now();
  const computedAt = new Date();
  const trades = await mysql.transaction(async (tx) => {
    for (const table of [analyticsTrades, analyticsTradeGroups, analyticsLatestTrades, analyticsAccounts, analyticsAccountOwners]) await tx.delete(table);
    const tradeRows = batchedInsert(tx, analyticsTrades);
    const accountRows = batchedInsert(tx, analyticsAccounts);
    const ownerRows = batchedInsert(tx, analyticsAccountOwners);
    const seenAccounts = new Set<number>();
    const rollups = await computeRollups(db, computedAt, {
      customer: (customerId, accountIds) => ownerRows.add(accountIds.map((accountId, position) => ({ customerId, accountId, position }))),
      account: async (a) => {
        const accountId = Number(a.account_id);
        if (!Number.isInteger(accountId) || seenAccounts.has(accountId)) return;
        seenAccounts.add(accountId);
        const limit = Number(a.limit);
        await accountRows.add([{ accountId, limit: a.limit !== undefined && Number.isFinite(limit) ? limit : null, products: (a.products ?? []).map(String) }]);
      },
      bucket: (accountId, list) =>
        tradeRows.add(
          list.map((t) => ({
            accountId,
            at: t.date,
            code: String(t.transaction_code),
            symbol: String(t.symbol),
            amount: Number(t.amount),
            price: String(t.price),
            total: String(t.total),
          })),
        ),
    });
    for (const rows of [tradeRows, accountRows, ownerRows]) await rows.flush();
    await deriveTradeFigures(tx);
    await storeRollups(rollups, computedAt, tx);
    return rollups.all.kpis.trades;
  });
  return { computedAt, ms: Date.now() - started, trades };
}

/** The stored figures for a period, or null before the first computation (or if the row is unreadable). */
export async function readRollup(period: Period): Promise<StoredRollup | null> {
  const [row] = await mysql.select().from(analyticsRollups).where(eq(analyticsRollups.period, period)).limit(1);
  if (!row) return null;
  const data = rollupSchema.safeParse(row.data);
  return data.success ? { period, computedAt: row.computedAt, data: data.data } : null;
}
