/**
 * Why: the customer pages read an account's trades from MySQL (derived from the built-in copies): pages of trades in index order
 * (account_id, at), and figures the derivation computed per account, so a page costs the same however many trades an
 * account has. Decimal strings are summed as DECIMAL(65,30): exact fixed-point for up to 35 integer and 30
 * fractional digits (the data has at most 17), never floats.
 */
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Trade } from '../../analytics/mongo';
import { db } from '../index';
import {
  analyticsAccountOwners as owners,
  analyticsLatestTrades as latest,
  analyticsCopies,
  analyticsTradeGroups as groups,
  analyticsTrades as t,
} from '../schema';

/** Which of an account's trades to list: dates are [from, to) instants, symbol and side exact. */
export type TradeSelection = { accountId: number; from?: Date; to?: Date; symbol?: string; side?: 'buy' | 'sell' };

/** Count and exact sums of one account's trades in one symbol, calendar month (UTC) and side. */
export type TradeGroup = { symbol: string; month: string; code: string; trades: number; amount: number; total: string };

/** The latest trade of one symbol in an account. */
export type LatestTrade = { symbol: string; price: string; at: Date };

/** Count and exact total of each account's trades per side. */
export type SideGroup = { accountId: number; code: string; trades: number; total: string };

const TRADE_COLUMNS = { date: t.at, amount: t.amount, transaction_code: t.code, symbol: t.symbol, price: t.price, total: t.total };
const exactSum = (column: typeof t.total) => sql<string>`SUM(CAST(${column} AS DECIMAL(65,30)))`;

function matching(selection: TradeSelection): SQL | undefined {
  return and(
    eq(t.accountId, selection.accountId),
    selection.from && gte(t.at, selection.from),
    selection.to && lt(t.at, selection.to),
    selection.symbol ? eq(t.symbol, selection.symbol) : undefined,
    selection.side ? eq(t.code, selection.side) : undefined,
  );
}

/**
 * One page of the matching trades, newest first (equal times: the last copied first), and how many match: one
 * statement. The page is read in the (account_id, at) index's own order (InnoDB keeps `id` in it), so MySQL stops
 * after the page instead of sorting the account's every trade; a page past the end returns no row to carry the
 * count, which is then read on its own.
 */
export async function pageOfTrades(selection: TradeSelection, offset: number, limit: number): Promise<{ trades: Trade[]; total: number }> {
  const where = matching(selection);
  const rows = await db
    .select({ ...TRADE_COLUMNS, matching: db.$count(t, where) })
    .from(t)
    .where(where)
    .orderBy(desc(t.at), desc(t.id))
    .limit(limit)
    .offset(offset);
  const total = rows[0]?.matching ?? (offset > 0 ? await db.$count(t, where) : 0);
  return { trades: rows.map(({ matching: _, ...trade }) => trade), total };
}

/** Runs inside the derivation's transaction, after the trades are rebuilt: every account's groups and latest trades. */
export async function deriveTradeFigures(tx: Pick<typeof db, 'execute'>): Promise<void> {
  const month = sql`DATE_FORMAT(${t.at}, '%Y-%m')`;
  await tx.execute(sql`
    INSERT INTO ${groups} (account_id, symbol, month, code, trades, amount, total)
    SELECT ${t.accountId}, ${t.symbol}, ${month}, ${t.code}, COUNT(*), SUM(${t.amount}), ${exactSum(t.total)}
    FROM ${t} GROUP BY ${t.accountId}, ${t.symbol}, ${month}, ${t.code}`);
  await tx.execute(sql`
    INSERT INTO ${latest} (account_id, symbol, price, at)
    SELECT account_id, symbol, price, at FROM (
      SELECT ${t.accountId}, ${t.symbol}, ${t.price}, ${t.at},
             ROW_NUMBER() OVER (PARTITION BY ${t.accountId}, ${t.symbol} ORDER BY ${t.at} DESC, ${t.code} DESC, ${t.id} DESC) AS rank_in_symbol
      FROM ${t}) ranked
    WHERE rank_in_symbol = 1`);
}

/** Per account the customer record lists, and per side: how many trades and their exact total (overview columns). */
export async function sideTotalsOfCustomer(customerId: string): Promise<SideGroup[]> {
  return db
    .select({
      accountId: groups.accountId,
      code: groups.code,
      trades: sql<number>`SUM(${groups.trades})`.mapWith(Number),
      total: sql<string>`SUM(${groups.total})`,
    })
    .from(groups)
    .innerJoin(owners, eq(owners.accountId, groups.accountId))
    .where(eq(owners.customerId, customerId))
    .groupBy(groups.accountId, groups.code);
}

/** When the trades (and figures) were last derived from the built-in copy, as an expression; null before the first time. */
export const TRADES_COPIED_AT =
  sql<Date | null>`(SELECT ${analyticsCopies.copiedAt} FROM ${analyticsCopies} WHERE ${analyticsCopies.name} = 'transactions')`.mapWith(
    analyticsCopies.copiedAt,
  );

export async function tradesCopiedAt(): Promise<Date | null> {
  const [row] = await db.select({ at: TRADES_COPIED_AT }).from(sql`DUAL`);
  return row?.at ?? null;
}
