/**
 * Why: the customer pages read an account's trades from the worker's MySQL copy, and they page, filter and sum
 * in the database (through the (account_id, at) index) so a page costs the same however many trades an account
 * has. Decimal strings are summed as DECIMAL(65,30): exact fixed-point for up to 35 integer and 30 fractional
 * digits (the data has at most 17), never floats.
 */
import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Trade } from '../../analytics/db';
import { db } from '../index';
import { analyticsRollups, analyticsTrades as t } from '../schema';

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

/** One page of the matching trades, newest first (ties: symbol, side, then copy order), and how many match. */
export async function pageOfTrades(selection: TradeSelection, offset: number, limit: number): Promise<{ trades: Trade[]; total: number }> {
  const [trades, [{ total }]] = await Promise.all([
    db.select(TRADE_COLUMNS).from(t).where(matching(selection)).orderBy(desc(t.at), asc(t.symbol), asc(t.code), asc(t.id)).limit(limit).offset(offset),
    db.select({ total: count() }).from(t).where(matching(selection)),
  ]);
  return { trades, total };
}

/** An account's trades grouped by symbol, month and side: every figure of the account page derives from these. */
export async function tradeGroupsOfAccount(accountId: number): Promise<TradeGroup[]> {
  const month = sql<string>`DATE_FORMAT(${t.at}, '%Y-%m')`;
  const rows = await db
    .select({ symbol: t.symbol, month, code: t.code, trades: count(), amount: sql<string>`SUM(${t.amount})`, total: exactSum(t.total) })
    .from(t)
    .where(eq(t.accountId, accountId))
    .groupBy(t.symbol, month, t.code);
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

/** The latest trade of each symbol in the account (equal times: the sell, then the last copied, wins). */
export async function latestTradePerSymbol(accountId: number): Promise<LatestTrade[]> {
  const ranked = db
    .select({
      symbol: t.symbol,
      price: t.price,
      at: t.at,
      rank: sql<number>`ROW_NUMBER() OVER (PARTITION BY ${t.symbol} ORDER BY ${t.at} DESC, ${t.code} DESC, ${t.id} DESC)`.as('rank'),
    })
    .from(t)
    .where(eq(t.accountId, accountId))
    .as('ranked');
  return db.select({ symbol: ranked.symbol, price: ranked.price, at: ranked.at }).from(ranked).where(eq(ranked.rank, 1));
}

/** Per account and side: how many trades and their exact total (the customer overview's columns). */
export async function sideTotalsOfAccounts(accountIds: number[]): Promise<SideGroup[]> {
  if (accountIds.length === 0) return [];
  return db
    .select({ accountId: t.accountId, code: t.code, trades: count(), total: exactSum(t.total) })
    .from(t)
    .where(inArray(t.accountId, accountIds))
    .groupBy(t.accountId, t.code);
}

/** When the trades (and figures) were last copied from the analytics data; null before the first time. */
export async function tradesCopiedAt(): Promise<Date | null> {
  const [row] = await db.select({ at: analyticsRollups.computedAt }).from(analyticsRollups).where(eq(analyticsRollups.period, 'all')).limit(1);
  return row?.at ?? null;
}
