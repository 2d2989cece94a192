/**
 * Why: the customer pages' ownership check and account facts, read by primary key from the worker's copy
 * (analytics_account_owners, analytics_accounts) rather than by FerretDB table scans on every page. The account
 * page reads its whole snapshot — facts, figure groups, latest prices and when they were copied — in one statement:
 * each round trip through the pool costs more than the rows it returns.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '../index';
import { analyticsAccountOwners as owners, analyticsAccounts as accounts, analyticsLatestTrades as latest, analyticsTradeGroups as groups } from '../schema';
import { TRADES_COPIED_AT, type LatestTrade, type TradeGroup } from './analytics-trades';

/** An account as the pages show it; limit and products are null/empty when the accounts collection lacks it. */
export type AccountFacts = { accountId: number; limit: number | null; products: string[] };

/** One owned account as of the last refresh: its facts, its trade groups, each symbol's latest trade, and when. */
export type AccountSnapshot = { account: AccountFacts; groups: TradeGroup[]; latest: LatestTrade[]; asOf: Date | null };

const FACTS = { accountId: owners.accountId, limit: accounts.limit, products: accounts.products };
const facts = (row: { accountId: number; limit: number | null; products: string[] | null }): AccountFacts => ({
  accountId: row.accountId,
  limit: row.limit,
  products: row.products ?? [],
});

/** mysql2 parses a result the server marks as JSON; one that arrives as plain text is parsed here. */
const json = <T>(value: unknown): T[] => (typeof value === 'string' ? (JSON.parse(value) as T[] | null) : (value as T[] | null)) ?? [];

// Sums leave as text (a JSON number would be a float); instants as milliseconds, which no session time zone shifts.
const GROUPS_JSON = sql`(SELECT JSON_ARRAYAGG(JSON_ARRAY(${groups.symbol}, ${groups.month}, ${groups.code}, ${groups.trades}, ${groups.amount}, CAST(${groups.total} AS CHAR)))
  FROM ${groups} WHERE ${groups.accountId} = ${owners.accountId})`;
const LATEST_JSON = sql`(SELECT JSON_ARRAYAGG(JSON_ARRAY(${latest.symbol}, ${latest.price}, TIMESTAMPDIFF(MICROSECOND, '1970-01-01', ${latest.at}) DIV 1000))
  FROM ${latest} WHERE ${latest.accountId} = ${owners.accountId})`;

// Prepared once: the statement's text is built at the first call, not on every page view.
const snapshotStatement = db
  .select({ ...FACTS, groups: GROUPS_JSON, latest: LATEST_JSON, asOf: TRADES_COPIED_AT })
  .from(owners)
  .leftJoin(accounts, eq(accounts.accountId, owners.accountId))
  .where(and(eq(owners.customerId, sql.placeholder('customerId')), eq(owners.accountId, sql.placeholder('accountId'))))
  .limit(1)
  .prepare();

/** The account's snapshot if the customer record lists it, else undefined. */
export async function ownedAccountSnapshot(customerId: string, accountId: number): Promise<AccountSnapshot | undefined> {
  const [row] = await snapshotStatement.execute({ customerId, accountId });
  if (!row) return undefined;
  return {
    account: facts(row),
    groups: json<[string, string, string, number, number, string]>(row.groups).map(([symbol, month, code, trades, amount, total]) => ({
      symbol,
      month,
      code,
      trades,
      amount,
      total,
    })),
    latest: json<[string, string, number]>(row.latest).map(([symbol, price, at]) => ({ symbol, price, at: new Date(at) })),
    asOf: row.asOf,
  };
}

/** Every account the customer record lists, in its order. */
export async function accountsOfCustomer(customerId: string): Promise<AccountFacts[]> {
  const rows = await db
    .select(FACTS)
    .from(owners)
    .leftJoin(accounts, eq(accounts.accountId, owners.accountId))
    .where(eq(owners.customerId, customerId))
    .orderBy(asc(owners.position));
  return rows.map(facts);
}
