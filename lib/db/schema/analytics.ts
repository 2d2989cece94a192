/** Why: MySQL read models of the analytics data (management rollups, the customer pages' trades and accounts), derived offline because FerretDB scans. */
import { bigint, char, datetime, decimal, double, index, int, json, mysqlTable, primaryKey, varchar } from 'drizzle-orm/mysql-core';

/** Precomputed management figures per period (FerretDB runs every $group in its own process: compute offline). */
export const analyticsRollups = mysqlTable('analytics_rollups', {
  period: varchar('period', { length: 16 }).primaryKey(),
  computedAt: datetime('computed_at', { mode: 'date', fsp: 3 }).notNull(),
  data: json('data').$type<Record<string, unknown>>().notNull(),
});

/** When each figure set derived from the built-in copies was last rebuilt (the customer pages show it as "as of"). */
export const analyticsCopies = mysqlTable('analytics_copies', {
  name: varchar('name', { length: 32 }).primaryKey(),
  copiedAt: datetime('copied_at', { mode: 'date', fsp: 3 }).notNull(),
});

/**
 * Every trade of the analytics `transactions` buckets, one row each, derived in SQL from the built-in copy: FerretDB v1
 * evaluates even an equality filter by scanning the whole collection (its indexes are not used), so the customer
 * pages read an account's trades here through (account_id, at) instead. Money stays the data's decimal strings.
 */
export const analyticsTrades = mysqlTable(
  'analytics_trades',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    accountId: int('account_id').notNull(),
    at: datetime('at', { mode: 'date', fsp: 3 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    symbol: varchar('symbol', { length: 32 }).notNull(),
    amount: int('amount').notNull(),
    price: varchar('price', { length: 64 }).notNull(),
    total: varchar('total', { length: 64 }).notNull(),
  },
  (t) => [index('analytics_trades_account_idx').on(t.accountId, t.at)],
);

/**
 * Per account, symbol, calendar month (UTC) and side: the count and exact sums of its trades, derived from
 * analytics_trades in the same derivation, so an account page's totals, months and holdings cost one indexed read
 * whatever the volume. DECIMAL(65,30) sums the data's decimal strings exactly (it has at most 17 decimals).
 */
export const analyticsTradeGroups = mysqlTable(
  'analytics_trade_groups',
  {
    accountId: int('account_id').notNull(),
    symbol: varchar('symbol', { length: 32 }).notNull(),
    month: char('month', { length: 7 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    trades: int('trades').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    total: decimal('total', { precision: 65, scale: 30 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.symbol, t.month, t.code] })],
);

/** The latest trade of each symbol in each account (equal times: the sell, then the last copied): its last price. */
export const analyticsLatestTrades = mysqlTable(
  'analytics_latest_trades',
  {
    accountId: int('account_id').notNull(),
    symbol: varchar('symbol', { length: 32 }).notNull(),
    price: varchar('price', { length: 64 }).notNull(),
    at: datetime('at', { mode: 'date', fsp: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.symbol] })],
);

/**
 * Each analytics account's limit and products, and which customer records list it (in their order), derived from
 * the built-in copies: the customer pages check ownership and show an account here by primary key instead of
 * two FerretDB table scans per page.
 */
export const analyticsAccounts = mysqlTable('analytics_accounts', {
  accountId: int('account_id').primaryKey(),
  limit: double('account_limit'),
  products: json('products').$type<string[]>().notNull(),
});

export const analyticsAccountOwners = mysqlTable(
  'analytics_account_owners',
  {
    customerId: varchar('customer_id', { length: 200 }).notNull(),
    accountId: int('account_id').notNull(),
    position: int('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.accountId] })],
);

export type AnalyticsRollup = typeof analyticsRollups.$inferSelect;
