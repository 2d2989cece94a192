/**
 * Why: the figures the customer pages derive from an account's trades (totals by side, by month, holdings) are
 * defined once here, over the exact per-group sums the database returns (lib/db/queries/analytics-trades.ts).
 */
import type { LatestTrade, SideGroup, TradeGroup } from '../db/queries/analytics-trades';
import { Decimal, dec } from './money';

export type SideTotals = { trades: number; buy: string; sell: string };
export type MonthRow = { month: string; buy: string; sell: string };
export type Holding = { symbol: string; net: number; lastPrice: string; lastDate: Date };

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Trade count and exact buy and sell totals of groups (any grouping that keeps the side). */
export function sideTotals(groups: Iterable<Pick<SideGroup, 'code' | 'trades' | 'total'>>): SideTotals {
  let trades = 0;
  let buy = new Decimal(0);
  let sell = new Decimal(0);
  for (const g of groups) {
    trades += g.trades;
    if (g.code === 'buy') buy = buy.plus(dec(g.total));
    else if (g.code === 'sell') sell = sell.plus(dec(g.total));
  }
  return { trades, buy: buy.toString(), sell: sell.toString() };
}

/** Traded value per calendar month (UTC), oldest first, split buy/sell. */
export function byMonth(groups: Iterable<TradeGroup>): MonthRow[] {
  const months = new Map<string, TradeGroup[]>();
  for (const g of groups) months.set(g.month, [...(months.get(g.month) ?? []), g]);
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, rows]) => {
      const { buy, sell } = sideTotals(rows);
      return { month, buy, sell };
    });
}

/** Net amount per symbol (bought − sold) and the price of the symbol's latest trade, by symbol. */
export function holdings(groups: Iterable<TradeGroup>, latest: LatestTrade[]): Holding[] {
  const net = new Map<string, number>();
  for (const g of groups) net.set(g.symbol, (net.get(g.symbol) ?? 0) + (g.code === 'buy' ? g.amount : g.code === 'sell' ? -g.amount : 0));
  return latest
    .map((l) => ({ symbol: l.symbol, net: net.get(l.symbol) ?? 0, lastPrice: l.price, lastDate: l.at }))
    .sort((a, b) => a.symbol.localeCompare(b.symbol));
}
