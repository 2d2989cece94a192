/**
 * Why: the account page's read model. The account must be one the customer's own record lists (else null, and
 * the page answers 404 so ids cannot be probed); its buckets are read by an equality filter on the indexed
 * account_id and cut into the requested page of trades.
 */
import 'server-only';
import type { TradeFilter } from '../validation/analytics';
import { accountIdsOf, readAccount } from './customer';
import type { AccountDoc, CustomerDoc, Trade } from './db';
import { byMonth, holdings, newestFirst, sideTotals, type Holding, type MonthRow, type SideTotals } from './trades';

export const TRADES_PAGE_SIZE = 25;

export type AccountView = {
  account: AccountDoc | null;
  accountId: number;
  symbols: string[];
  totals: SideTotals;
  holdings: Holding[];
  months: MonthRow[];
  /** Trades matching the filter, newest first (the page cuts TRADES_PAGE_SIZE of them). */
  matching: Trade[];
};

export function ownsAccount(customer: CustomerDoc, accountId: number): boolean {
  return accountIdsOf(customer).includes(accountId);
}

export function applyFilter(trades: Trade[], filter: TradeFilter): Trade[] {
  const from = filter.from ? Date.parse(`${filter.from}T00:00:00Z`) : -Infinity;
  const to = filter.to ? Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000 : Infinity;
  return trades.filter(
    (t) =>
      t.date.getTime() >= from &&
      t.date.getTime() < to &&
      (!filter.symbol || t.symbol === filter.symbol) &&
      (!filter.side || t.transaction_code === filter.side),
  );
}

/** `prefetched` lets a page start reading the account while it resolves the customer; it is used only if owned. */
export async function loadAccountView(
  customer: CustomerDoc,
  accountId: number,
  filter: TradeFilter,
  prefetched?: ReturnType<typeof readAccount>,
): Promise<AccountView | null> {
  if (!ownsAccount(customer, accountId)) return null;
  const { account, trades } = await (prefetched ?? readAccount(accountId));
  const sorted = [...trades].sort(newestFirst);
  return {
    account,
    accountId,
    symbols: [...new Set(sorted.map((t) => t.symbol))].sort(),
    totals: sideTotals(sorted),
    holdings: holdings(sorted),
    months: byMonth(sorted),
    matching: applyFilter(sorted, filter),
  };
}
