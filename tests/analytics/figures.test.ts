/**
 * Every figure the customer and management pages show, checked against an independent computation written here
 * (plain loops over the inserted documents, exact decimals), never by calling the pages' own helpers.
 */
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAccountView, TRADES_PAGE_SIZE } from '@/lib/analytics/account';
import { findLinkedCustomer, loadCustomerOverview } from '@/lib/analytics/customer';
import { analyticsDb } from '@/lib/analytics/mongo';
import { customerIdText } from '@/lib/analytics/customer-id';
import { copyCustomerDataNow } from '@/lib/analytics/customer-copy/copy-now';
import { computeRollups, readRollup, refreshRollups } from '@/lib/analytics/rollups';
import { closeMongoClient, getMongoClient } from '@/lib/mongo/client';
import { closeSyncMysqlPool, getSyncMysqlPool } from '@/lib/sync/mysql/pool';
import type { TradeFilter } from '@/lib/validation/analytics';
import { insertCustomer, type TradeInput } from './support';

const NOW = new Date('2026-06-15T12:00:00Z');
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

const A1: TradeInput[][] = [
  [
    { date: day(3), code: 'buy', symbol: 'aapl', amount: 1, price: '0.1', total: '0.1' },
    { date: day(10), code: 'buy', symbol: 'aapl', amount: 2, price: '0.1', total: '0.2' },
    { date: day(40), code: 'sell', symbol: 'msft', amount: 5, price: '12.3456789012345678', total: '61.728394506172839' },
  ],
  [
    { date: day(100), code: 'sell', symbol: 'aapl', amount: 1, price: '33.3333333333333333', total: '33.3333333333333333' },
    { date: day(400), code: 'buy', symbol: 'goog', amount: 7, price: '1.0000000000000001', total: '7.0000000000000007' },
  ],
];
const A2: TradeInput[][] = [[{ date: day(1), code: 'sell', symbol: 'nvda', amount: 3, price: '0.3', total: '0.3' }]];
const OTHER: TradeInput[][] = [
  Array.from(
    { length: 30 },
    (_, i) =>
      ({
        date: day(i * 5),
        code: i % 3 ? 'buy' : 'sell',
        symbol: ['ibm', 'sap', 'crm'][i % 3],
        amount: i + 1,
        price: '2.5',
        total: new Decimal(2.5).times(i + 1).toString(),
      }) as TradeInput,
  ),
];

/** The management figures and the customer pages' copy, refreshed as the worker does (no queue, no clock). */
async function refreshAll() {
  await copyCustomerDataNow({ mongo: await getMongoClient(), mysql: getSyncMysqlPool });
  return refreshRollups(await analyticsDb());
}

let customerId = '';
let otherId = '';
let accounts: number[] = [];
let otherAccounts: number[] = [];

beforeAll(async () => {
  const adb = await analyticsDb();
  await adb.dropDatabase();
  const mine = await insertCustomer('figures@example.test', [
    { products: ['Brokerage', 'Derivatives'], limit: 10000, buckets: A1 },
    { products: ['Brokerage'], limit: 9000, buckets: A2 },
  ]);
  const other = await insertCustomer('other@example.test', [{ products: ['Commodity'], limit: 9000, buckets: OTHER }], {
    tier_and_details: { z: { tier: 'Bronze', active: true, benefits: [] } },
    active: false,
  });
  await refreshAll();
  customerId = customerIdText(mine._id);
  otherId = customerIdText(other._id);
  accounts = mine.accountIds;
  otherAccounts = other.accountIds;
});
afterAll(async () => {
  await (await analyticsDb()).dropDatabase();
  await Promise.all([closeMongoClient(), closeSyncMysqlPool()]);
});

/** The first page of trades matching `filter`. */
const firstPage = (filter: TradeFilter = {}) => ({ filter, offset: 0, limit: TRADES_PAGE_SIZE });
const flat = (buckets: TradeInput[][]) => buckets.flat();
const sum = (trades: TradeInput[], code?: string) =>
  trades
    .filter((t) => !code || t.code === code)
    .reduce((s, t) => s.plus(t.total), new Decimal(0))
    .toString();

describe('decimal strings', () => {
  it('sum exactly (0.1 + 0.2 = 0.3, not 0.30000000000000004)', async () => {
    const view = (await loadAccountView(customerId, accounts[0], firstPage({ from: day(10).slice(0, 10), to: day(0).slice(0, 10), symbol: 'aapl' })))!;
    const [a, b] = view.matching.trades;
    expect([a.total, b.total]).toEqual(['0.1', '0.2']);
    expect(new Decimal(a.total).plus(b.total).toString()).toBe('0.3');
    expect(view.totals.buy).toBe('7.3000000000000007');
  });
});

describe('customer overview', () => {
  it('shows each account with limit, products, trade count and buy/sell totals', async () => {
    const overview = await loadCustomerOverview((await findLinkedCustomer(customerId))!);
    expect(overview.tiers).toEqual([
      { tier: 'Gold', active: true, benefits: ['concierge services'] },
      { tier: 'Silver', active: false, benefits: [] },
    ]);
    expect(overview.accounts).toEqual([
      { accountId: accounts[0], limit: 10000, products: ['Brokerage', 'Derivatives'], trades: 5, buy: sum(flat(A1), 'buy'), sell: sum(flat(A1), 'sell') },
      { accountId: accounts[1], limit: 9000, products: ['Brokerage'], trades: 1, buy: '0', sell: '0.3' },
    ]);
    expect(sum(flat(A1), 'sell')).toBe('95.0617278395061723');
  });
});

describe('account page', () => {
  it('lists trades newest first, filters by date, symbol and side, and computes holdings and months', async () => {
    const all = (await loadAccountView(customerId, accounts[0], firstPage()))!;
    const expected = [...flat(A1)].sort((a, b) => b.date.localeCompare(a.date));
    expect(all.account).toEqual({ accountId: accounts[0], limit: 10000, products: ['Brokerage', 'Derivatives'] });
    expect(all.matching.total).toBe(expected.length);
    expect(all.matching.trades.map((t) => [t.date.toISOString(), t.symbol, t.total])).toEqual(expected.map((t) => [t.date, t.symbol, t.total]));
    expect(all.symbols).toEqual(['aapl', 'goog', 'msft']);
    const sells = (await loadAccountView(customerId, accounts[0], firstPage({ side: 'sell' })))!;
    expect(sells.matching.trades.map((t) => t.total)).toEqual(['61.728394506172839', '33.3333333333333333']);
    const window = (await loadAccountView(customerId, accounts[0], firstPage({ from: day(100).slice(0, 10), to: day(40).slice(0, 10) })))!;
    expect(window.matching.trades.map((t) => t.symbol)).toEqual(['msft', 'aapl']);

    // Holdings: net bought − sold per symbol, price of its latest trade.
    expect(all.holdings.map((h) => [h.symbol, h.net, h.lastPrice])).toEqual([
      ['aapl', 2, '0.1'],
      ['goog', 7, '1.0000000000000001'],
      ['msft', -5, '12.3456789012345678'],
    ]);
    const lastDates = new Map<string, string>();
    for (const t of flat(A1)) if ((lastDates.get(t.symbol) ?? '') < t.date) lastDates.set(t.symbol, t.date);
    expect(all.holdings.map((h) => [h.symbol, h.lastDate.toISOString()])).toEqual([...lastDates].sort(([a], [b]) => a.localeCompare(b)));
    const months = new Map<string, { buy: Decimal; sell: Decimal }>();
    for (const t of flat(A1)) {
      const m = months.get(t.date.slice(0, 7)) ?? { buy: new Decimal(0), sell: new Decimal(0) };
      m[t.code] = m[t.code].plus(t.total);
      months.set(t.date.slice(0, 7), m);
    }
    expect(all.months).toEqual([...months.keys()].sort().map((k) => ({ month: k, buy: months.get(k)!.buy.toString(), sell: months.get(k)!.sell.toString() })));
  });

  it("refuses another customer's account (the page answers 404)", async () => {
    expect(await loadAccountView(customerId, otherAccounts[0], firstPage())).toBeNull();
    expect(await loadAccountView(customerId, 123, firstPage())).toBeNull();
    expect(await loadAccountView(otherId, accounts[0], firstPage())).toBeNull();
  });

  it('pages in the database: 25 newest on page 1, the rest on page 2, the count and figures over all trades', async () => {
    const newestFirst = [...flat(OTHER)].sort((a, b) => b.date.localeCompare(a.date));
    const pageTwo = (await loadAccountView(otherId, otherAccounts[0], { filter: {}, offset: TRADES_PAGE_SIZE, limit: TRADES_PAGE_SIZE }))!;
    expect(pageTwo.matching.total).toBe(30);
    expect(pageTwo.matching.trades.map((t) => t.date.toISOString())).toEqual(newestFirst.slice(25).map((t) => t.date));
    expect(pageTwo.totals).toEqual({ trades: 30, buy: sum(flat(OTHER), 'buy'), sell: sum(flat(OTHER), 'sell') });
    // Past the last page: no trades, and still the count the page needs to say how many pages there are.
    const pastTheEnd = (await loadAccountView(otherId, otherAccounts[0], { filter: {}, offset: 2 * TRADES_PAGE_SIZE, limit: TRADES_PAGE_SIZE }))!;
    expect(pastTheEnd.matching).toEqual({ trades: [], total: 30 });
    const ibmSells = (await loadAccountView(otherId, otherAccounts[0], { filter: { symbol: 'ibm', side: 'sell' }, offset: 0, limit: 3 }))!;
    const expectedIbmSells = newestFirst.filter((t) => t.symbol === 'ibm' && t.code === 'sell');
    expect(ibmSells.matching.total).toBe(expectedIbmSells.length);
    expect(ibmSells.matching.trades.map((t) => t.amount)).toEqual(expectedIbmSells.slice(0, 3).map((t) => t.amount));
  });
});

describe('management rollups', () => {
  const every = () => [
    ...flat(A1).map((t) => ({ ...t, owner: 0 })),
    ...flat(A2).map((t) => ({ ...t, owner: 0 })),
    ...flat(OTHER).map((t) => ({ ...t, owner: 1 })),
  ];

  it('match an independent computation for every period', async () => {
    const rollups = await computeRollups(await analyticsDb(), NOW);
    for (const [period, days] of [
      ['30d', 30],
      ['90d', 90],
      ['365d', 365],
      ['all', null],
    ] as const) {
      const inPeriod = every().filter((t) => days === null || new Date(t.date).getTime() >= NOW.getTime() - days * 86_400_000);
      const r = rollups[period];
      expect(r.kpis, period).toEqual({
        customers: 2,
        activeCustomers: new Set(inPeriod.map((t) => t.owner)).size,
        accounts: 3,
        trades: inPeriod.length,
        tradedValue: sum(inPeriod),
      });
      const bySymbol = new Map<string, { trades: number; value: Decimal }>();
      for (const t of inPeriod)
        bySymbol.set(t.symbol, { trades: (bySymbol.get(t.symbol)?.trades ?? 0) + 1, value: (bySymbol.get(t.symbol)?.value ?? new Decimal(0)).plus(t.total) });
      const top = [...bySymbol].sort((a, b) => b[1].value.minus(a[1].value).toNumber() || a[0].localeCompare(b[0])).slice(0, 10);
      expect(r.topSymbols, period).toEqual(top.map(([symbol, v]) => ({ symbol, trades: v.trades, value: v.value.toString() })));
      const monthKeys = [...new Set(inPeriod.map((t) => t.date.slice(0, 7)))].sort();
      expect(r.byMonth, period).toEqual(
        monthKeys.map((month) => ({
          month,
          buy: sum(
            inPeriod.filter((t) => t.date.startsWith(month)),
            'buy',
          ),
          sell: sum(
            inPeriod.filter((t) => t.date.startsWith(month)),
            'sell',
          ),
        })),
      );
      expect(r.byTier).toEqual([
        { tier: 'Bronze', customers: 1 },
        { tier: 'Gold', customers: 1 },
        { tier: 'Silver', customers: 1 },
      ]);
      expect(r.byProduct).toEqual([
        { product: 'Brokerage', accounts: 2 },
        { product: 'Commodity', accounts: 1 },
        { product: 'Derivatives', accounts: 1 },
      ]);
    }
  });

  it('are stored in MySQL and recomputed after the data changes', async () => {
    const first = await refreshAll();
    const before = (await readRollup('all'))!;
    expect(before.computedAt.getTime()).toBe(first.computedAt.getTime());
    expect(before.data.kpis.trades).toBe(every().length);
    const late = await insertCustomer('late@example.test', [
      { products: ['Commodity'], limit: 1, buckets: [[{ date: day(0), code: 'buy', symbol: 'aapl', amount: 1, price: '0.2', total: '0.2' }]] },
    ]);
    const lateId = customerIdText(late._id);
    expect((await readRollup('all'))!.data.kpis.trades).toBe(every().length);
    expect(await loadAccountView(lateId, late.accountIds[0], firstPage())).toBeNull();
    await refreshAll();
    // The customer pages' copy follows too: the new customer's account opens, with its trade.
    const lateView = (await loadAccountView(lateId, late.accountIds[0], firstPage()))!;
    expect(lateView.account).toEqual({ accountId: late.accountIds[0], limit: 1, products: ['Commodity'] });
    expect(lateView.matching.trades.map((t) => t.total)).toEqual(['0.2']);
    const after = (await readRollup('all'))!;
    expect(after.data.kpis).toMatchObject({
      customers: 3,
      accounts: 4,
      trades: every().length + 1,
      tradedValue: new Decimal(sum(every())).plus('0.2').toString(),
    });
  });
});
