/**
 * Why: the account page's read model. The account must be one the customer's own record lists (else null, and
 * the page answers 404 so ids cannot be probed). Its document is read by an equality filter on the indexed
 * account_id; its trades are paged, filtered and summed in MySQL, so the page costs the same at any volume.
 */
import 'server-only';
import { latestTradePerSymbol, pageOfTrades, tradeGroupsOfAccount } from '../db/queries/analytics-trades';
import type { TradeFilter } from '../validation/analytics';
import { accountIdsOf, readAccountDoc } from './customer';
import type { AccountDoc, CustomerDoc, Trade } from './db';
import { byMonth, holdings, sideTotals, type Holding, type MonthRow, type SideTotals } from './trades';

export const TRADES_PAGE_SIZE = 25;

/** The page of trades to list; a null filter (one the user must fix first) lists none. */
export type TradePage = { filter: TradeFilter | null; offset: number; limit: number };

export type AccountView = {
  account: AccountDoc | null;
  accountId: number;
  symbols: string[];
  totals: SideTotals;
  holdings: Holding[];
  months: MonthRow[];
  /** The requested page of trades matching the filter, newest first, and how many match in all. */
  matching: { trades: Trade[]; total: number };
};

export function ownsAccount(customer: CustomerDoc, accountId: number): boolean {
  return accountIdsOf(customer).includes(accountId);
}

const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
const NO_TRADES = { trades: [], total: 0 };

/**
 * Every read the page needs, started at once. Nothing here is shown unless loadAccountView finds the account in
 * the customer's own record, so a page may start it before it knows who the customer is.
 */
export function readAccountData(accountId: number, page: TradePage) {
  const { filter } = page;
  const selection = filter && {
    accountId,
    from: filter.from ? startOfDay(filter.from) : undefined,
    to: filter.to ? new Date(startOfDay(filter.to).getTime() + 86_400_000) : undefined,
    symbol: filter.symbol,
    side: filter.side,
  };
  const reads = Promise.all([
    readAccountDoc(accountId),
    tradeGroupsOfAccount(accountId),
    latestTradePerSymbol(accountId),
    selection ? pageOfTrades(selection, page.offset, page.limit) : NO_TRADES,
  ]);
  reads.catch(() => undefined); // awaited (and its error reported) only if the account turns out to be owned
  return reads;
}

export async function loadAccountView(
  customer: CustomerDoc,
  accountId: number,
  page: TradePage,
  started?: ReturnType<typeof readAccountData>,
): Promise<AccountView | null> {
  if (!ownsAccount(customer, accountId)) return null;
  const [account, groups, latest, matching] = await (started ?? readAccountData(accountId, page));
  return {
    account,
    accountId,
    symbols: [...new Set(groups.map((g) => g.symbol))].sort(),
    totals: sideTotals(groups),
    holdings: holdings(groups, latest),
    months: byMonth(groups),
    matching,
  };
}
