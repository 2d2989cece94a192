/**
 * Why: the account page's read model, all from MySQL, as of the last derivation from the built-in copies. The account must be
 * one the linked customer record lists (else null, and the page answers 404 so ids cannot be probed); its trades
 * are paged, filtered and summed in the database, so the page costs the same at any volume.
 */
import 'server-only';
import { ownedAccountSnapshot, type AccountFacts } from '../db/queries/analytics-accounts';
import { pageOfTrades } from '../db/queries/analytics-trades';
import type { TradeFilter } from '../validation/analytics';
import type { Trade } from './mongo';
import { byMonth, holdings, sideTotals, type Holding, type MonthRow, type SideTotals } from './trades';

export const TRADES_PAGE_SIZE = 25;

/** The page of trades to list; a null filter (one the user must fix first) lists none. */
export type TradePage = { filter: TradeFilter | null; offset: number; limit: number };

export type AccountView = {
  account: AccountFacts;
  symbols: string[];
  totals: SideTotals;
  holdings: Holding[];
  months: MonthRow[];
  /** The requested page of trades matching the filter, newest first, and how many match in all. */
  matching: { trades: Trade[]; total: number };
  /** When the worker copied what this view shows. */
  asOf: Date | null;
};

const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
const NO_TRADES = { trades: [], total: 0 };

/** `customerId` is the linked record's id (customer-id.ts); null when that customer does not list the account. */
export async function loadAccountView(customerId: string, accountId: number, page: TradePage): Promise<AccountView | null> {
  const { filter } = page;
  const selection = filter && {
    accountId,
    from: filter.from ? startOfDay(filter.from) : undefined,
    to: filter.to ? new Date(startOfDay(filter.to).getTime() + 86_400_000) : undefined,
    symbol: filter.symbol,
    side: filter.side,
  };
  // The page of trades is read beside the ownership check; nothing it returns is used unless the account is owned.
  const [snapshot, matching] = await Promise.all([
    ownedAccountSnapshot(customerId, accountId),
    selection ? pageOfTrades(selection, page.offset, page.limit) : NO_TRADES,
  ]);
  if (!snapshot) return null;
  const { account, groups, latest, asOf } = snapshot;
  return {
    account,
    symbols: [...new Set(groups.map((g) => g.symbol))].sort(),
    totals: sideTotals(groups),
    holdings: holdings(groups, latest),
    months: byMonth(groups),
    matching,
    asOf,
  };
}
