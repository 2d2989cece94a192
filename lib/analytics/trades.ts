/** Why: the figures every area derives from trades (totals by side, by month, holdings) are defined once here. */
import { Decimal, dec } from './money';
import type { Trade } from './db';

export type SideTotals = { trades: number; buy: string; sell: string };
export type MonthRow = { month: string; buy: string; sell: string };
export type Holding = { symbol: string; net: number; lastPrice: string; lastDate: Date };

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function sideTotals(trades: Iterable<Trade>): SideTotals {
  let count = 0;
  let buy = new Decimal(0);
  let sell = new Decimal(0);
  for (const t of trades) {
    count += 1;
    if (t.transaction_code === 'buy') buy = buy.plus(dec(t.total));
    else if (t.transaction_code === 'sell') sell = sell.plus(dec(t.total));
  }
  return { trades: count, buy: buy.toString(), sell: sell.toString() };
}

/** Traded value per calendar month (UTC), oldest first, split buy/sell. */
export function byMonth(trades: Iterable<Trade>): MonthRow[] {
  const months = new Map<string, { buy: Decimal; sell: Decimal }>();
  for (const t of trades) {
    const key = monthOf(t.date);
    const row = months.get(key) ?? { buy: new Decimal(0), sell: new Decimal(0) };
    if (t.transaction_code === 'buy') row.buy = row.buy.plus(dec(t.total));
    else if (t.transaction_code === 'sell') row.sell = row.sell.plus(dec(t.total));
    months.set(key, row);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, v]) => ({ month, buy: v.buy.toString(), sell: v.sell.toString() }));
}

/** Net amount per symbol (bought − sold) and the price of the symbol's latest trade. */
export function holdings(trades: Iterable<Trade>): Holding[] {
  const bySymbol = new Map<string, Holding>();
  for (const t of trades) {
    const h = bySymbol.get(t.symbol) ?? { symbol: t.symbol, net: 0, lastPrice: t.price, lastDate: t.date };
    h.net += t.transaction_code === 'buy' ? Number(t.amount) : t.transaction_code === 'sell' ? -Number(t.amount) : 0;
    if (t.date.getTime() >= h.lastDate.getTime()) {
      h.lastDate = t.date;
      h.lastPrice = t.price;
    }
    bySymbol.set(t.symbol, h);
  }
  return [...bySymbol.values()].sort((a, b) => a.symbol.localeCompare(b.symbol));
}

/** Newest first; equal dates keep a stable order by symbol then code. */
export function newestFirst(a: Trade, b: Trade): number {
  return b.date.getTime() - a.date.getTime() || a.symbol.localeCompare(b.symbol) || a.transaction_code.localeCompare(b.transaction_code);
}
