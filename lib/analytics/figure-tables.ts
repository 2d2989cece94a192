/**
 * Why: each management chart's table and its CSV download are the same rows, defined once here; the page
 * formats the cells for reading, the CSV writes them plainly (money to the cent, no grouping, months as "2026-11"
 * like the audit export's ISO times, so spreadsheets sort and parse them).
 */
import type { Rollup } from './rollups';
import { dec, formatMoney } from './money';

export type CellKind = 'text' | 'month' | 'count' | 'money';
export type FigureTable = { title: string; description: string; columns: { header: string; kind: CellKind }[]; rows: (r: Rollup) => (string | number)[][] };

export const FIGURE_TABLES = {
  tiers: {
    title: 'Customers by tier',
    description: 'Customers holding each tier (a customer with two tiers counts in both).',
    columns: [
      { header: 'Tier', kind: 'text' },
      { header: 'Customers', kind: 'count' },
    ],
    rows: (r) => r.byTier.map((t) => [t.tier, t.customers]),
  },
  products: {
    title: 'Accounts by product',
    description: 'Accounts offering each product (an account with several products counts in each).',
    columns: [
      { header: 'Product', kind: 'text' },
      { header: 'Accounts', kind: 'count' },
    ],
    rows: (r) => r.byProduct.map((p) => [p.product, p.accounts]),
  },
  months: {
    title: 'Traded value by month',
    description: 'Sum of trade totals per calendar month (UTC) in the period, bought and sold.',
    columns: [
      { header: 'Month', kind: 'month' },
      { header: 'Bought', kind: 'money' },
      { header: 'Sold', kind: 'money' },
    ],
    rows: (r) => r.byMonth.map((m) => [m.month, m.buy, m.sell]),
  },
  symbols: {
    title: 'Top 10 symbols by traded value',
    description: 'Symbols with the highest sum of trade totals in the period.',
    columns: [
      { header: 'Symbol', kind: 'text' },
      { header: 'Trades', kind: 'count' },
      { header: 'Traded value', kind: 'money' },
    ],
    rows: (r) => r.topSymbols.map((s) => [s.symbol.toUpperCase(), s.trades, s.value]),
  },
} satisfies Record<string, FigureTable>;

export type FigureTableName = keyof typeof FIGURE_TABLES;

export function isFigureTable(name: string): name is FigureTableName {
  return Object.hasOwn(FIGURE_TABLES, name);
}

export function displayCell(kind: CellKind, value: string | number): string {
  if (kind === 'money') return formatMoney(String(value));
  if (kind === 'count') return Number(value).toLocaleString('en-US');
  return String(value);
}

export function csvValue(kind: CellKind, value: string | number): string {
  return kind === 'money' ? dec(value).toFixed(2) : String(value);
}
