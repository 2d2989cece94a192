/**
 * Why: a demo and CI need realistic analytics data (customers, accounts, transaction buckets) without shipping
 * a dataset. Everything is generated from a seeded PRNG with fixed _ids, so re-running writes the same
 * documents again on the same day (nothing duplicated). The demo portal customer (`demo.customer`) is linked to
 * its record as an admin would link it by hand (audited, mailed), so the demo shows data at once. `--tx-scale k` writes k transaction buckets per account (benchmarks use 10).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Int32, ObjectId, type Document } from 'bson';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { linkCustomerAccount } from '../lib/accounts/link-customer';
import { customerIdText } from '../lib/analytics/customer-id';
import { resolveIdentifier } from '../lib/db/queries/users';
import { pool } from '../lib/db';
import { ensureAnalyticsIndexes } from '../lib/analytics/mongo';
import { requestRollups } from '../lib/analytics/request-rollups';
import { env } from '../lib/env';
import { closeMongoClient, getMongoClient } from '../lib/mongo/client';
import { writeUpsertBatch } from '../lib/sync/write-batch';

const demoCustomerAccount = DEMO_USERS.find((u) => u.role === 'customer')!;
/** The demo customer's analytics record (the first generated), linked to the seeded portal account by the demo admin. */
export const DEMO_CUSTOMER = { username: demoCustomerAccount.username, email: demoCustomerAccount.email, name: 'Demo Customer' };
const FIRST = ['Elizabeth', 'Lindsay', 'Katherine', 'Leslie', 'Brad', 'Natalie', 'Dana', 'Gregory', 'Patrick', 'Maria', 'Omar', 'Yuki'];
const LAST = ['Ray', 'Cowan', 'David', 'Martinez', 'Cardenas', 'Quinn', 'Clarke', 'Mendoza', 'Walker', 'Silva', 'Haddad', 'Tanaka'];
const STREETS = ['Bethany Glens', 'Box 4089', 'Hunter Ridge', 'Amber Springs', 'Lake Avenue', 'Oak Lane'];
const TIERS = ['Bronze', 'Silver', 'Gold', 'Platinum'];
const BENEFITS = [
  'sports tickets',
  'concierge services',
  'airline lounge access',
  '24 hour dedicated line',
  'car rental insurance',
  'dedicated account representative',
  'travel insurance',
  'shopping discounts',
];
const PRODUCTS = ['Derivatives', 'InvestmentStock', 'Commodity', 'Brokerage', 'CurrencyService', 'InvestmentFund'];
const SYMBOLS = ['amzn', 'msft', 'adbe', 'nvda', 'goog', 'ibm', 'crm', 'znga', 'team', 'sap', 'aapl', 'intc', 'nflx', 'ebay'];
const EPOCH = Date.UTC(2019, 3, 3);

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: int(1, max) }, () => pick(items)))];
  const hex = (length: number) => Array.from({ length }, () => int(0, 15).toString(16)).join('');
  return { next, int, pick, some, hex };
}

/** A stable ObjectId per (collection, index): 4-byte time, 1-byte collection tag, 7-byte index. */
function stableId(tag: number, index: number): ObjectId {
  return new ObjectId(`${(EPOCH / 1000).toString(16)}${tag.toString(16).padStart(2, '0')}${index.toString(16).padStart(14, '0')}`);
}

export type AnalyticsDataset = { customers: Document[]; accounts: Document[]; transactions: Document[] };
export type DatasetOptions = { count?: number; seed?: number; txScale?: number; now?: Date };

const DAY = 86_400_000;
/** The demo customer's accounts: products chosen so every part of the customer pages has something to show. */
const DEMO_ACCOUNTS = [
  { products: ['InvestmentStock', 'Brokerage'], limit: 10000, symbols: ['aapl', 'msft', 'amzn', 'goog', 'nvda'] },
  { products: ['Derivatives', 'Commodity', 'CurrencyService'], limit: 9000, symbols: ['ibm', 'sap', 'crm', 'intc'] },
  { products: ['InvestmentFund', 'InvestmentStock'], limit: 10000, symbols: ['nflx', 'adbe', 'ebay', 'team', 'znga'] },
];
const DEMO_MONTHS = 15;

/**
 * Customers and accounts depend only on `count` and `seed`; each account's trades come from a PRNG of their own,
 * so `txScale` (k buckets per account instead of one) changes the trade volume and nothing else. Trades fall in
 * the two years up to `now`'s UTC midnight, so every management period has data; re-running on the same day
 * writes the same documents.
 */
export function generateAnalyticsDataset({ count = 500, seed = 42, txScale = 1, now = new Date() }: DatasetOptions = {}): AnalyticsDataset {
  const r = prng(seed);
  const anchor = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const customers: Document[] = [];
  const accounts: Document[] = [];
  const transactions: Document[] = [];
  const addBucket = (accountId: number, list: Document[]) => {
    if (!list.length) return;
    list.sort((a, b) => a.date.getTime() - b.date.getTime());
    transactions.push({
      _id: stableId(3, transactions.length),
      account_id: new Int32(accountId),
      transaction_count: new Int32(list.length),
      bucket_start_date: list[0].date,
      bucket_end_date: list[list.length - 1].date,
      transactions: list,
    });
  };
  for (let i = 0; i < count; i += 1) {
    const demo = i === 0;
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    const accountCount = demo ? DEMO_ACCOUNTS.length : r.int(1, 4);
    const accountIds = Array.from({ length: accountCount }, () => 100_000 + accounts.length * 7 + r.int(0, 6));
    const tiers: Document = {};
    for (let t = demo ? 2 : r.int(1, 3); t > 0; t -= 1) {
      const id = r.hex(32);
      tiers[id] = { tier: demo ? ['Gold', 'Silver'][t - 1] : r.pick(TIERS), id, active: demo || r.next() < 0.9, benefits: r.some(BENEFITS, 3) };
    }
    customers.push({
      _id: stableId(1, i),
      username: demo ? DEMO_CUSTOMER.username : `${first}.${last}${i}`.toLowerCase(),
      name: demo ? DEMO_CUSTOMER.name : `${first} ${last}`,
      address: `${r.int(1, 9999)} ${r.pick(STREETS)}\nDemo City, CA ${r.int(10000, 99999)}`,
      birthdate: new Date(Date.UTC(1950 + r.int(0, 50), r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59))),
      email: demo ? DEMO_CUSTOMER.email : `${first}.${last}${i}@example.test`.toLowerCase(),
      active: demo || r.next() < 0.8,
      accounts: accountIds.map((id) => new Int32(id)),
      tier_and_details: tiers,
    });
    accountIds.forEach((accountId, n) => {
      const index = accounts.length;
      const spec = demo ? DEMO_ACCOUNTS[n] : null;
      accounts.push({
        _id: stableId(2, index),
        account_id: new Int32(accountId),
        limit: new Int32(spec?.limit ?? r.pick([9000, 10000])),
        products: spec?.products ?? r.some(PRODUCTS, 4),
      });
      const tr = prng(seed * 7919 + index + 1);
      if (spec) {
        // One bucket per month (per scale step) for the last DEMO_MONTHS months, several symbols in each.
        for (let month = DEMO_MONTHS - 1; month >= 0; month -= 1) {
          const start = Date.UTC(new Date(anchor).getUTCFullYear(), new Date(anchor).getUTCMonth() - month, 1);
          const end = Math.min(Date.UTC(new Date(anchor).getUTCFullYear(), new Date(anchor).getUTCMonth() - month + 1, 1), anchor + DAY) - 1;
          for (let k = 0; k < txScale; k += 1)
            addBucket(
              accountId,
              Array.from({ length: tr.int(4, 8) }, () => trade(tr, start, end, spec.symbols)),
            );
        }
      } else {
        for (let k = 0; k < txScale; k += 1)
          addBucket(
            accountId,
            Array.from({ length: tr.int(1, 20) }, () => trade(tr, anchor - 730 * DAY, anchor + DAY - 1, SYMBOLS)),
          );
      }
    });
  }
  return { customers, accounts, transactions };
}

function trade(r: ReturnType<typeof prng>, from: number, to: number, symbols: readonly string[]): Document {
  const amount = r.int(1, 9999);
  const price = r.next() * 100;
  return {
    date: new Date(from + Math.floor(r.next() * (to - from))),
    amount: new Int32(amount),
    transaction_code: r.pick(['buy', 'sell']),
    symbol: r.pick(symbols),
    price: price.toFixed(17),
    total: (price * amount).toFixed(13),
  };
}

/** demo.admin links demo.customer to its record once (a re-run, or a missing portal user, leaves it alone). */
async function linkDemoCustomer(): Promise<void> {
  const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
  const [{ exact: customer }, { exact: linker }] = await Promise.all([resolveIdentifier(DEMO_CUSTOMER.username), resolveIdentifier(admin.username)]);
  if (!customer || !linker) return console.log('demo.customer is not linked: run `npm run seed:users` first, then this again');
  if (customer.analyticsCustomerId) return;
  console.log(await linkCustomerAccount({ id: linker.id, username: linker.username, ip: null }, customer.id, customerIdText(stableId(1, 0))));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '500' }, 'tx-scale': { type: 'string', default: '1' }, db: { type: 'string', default: env.ANALYTICS_DB } },
  });
  const count = Number(values.count);
  const txScale = Number(values['tx-scale']);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new Error('--count must be a whole number from 1 to 1,000,000');
  if (!Number.isInteger(txScale) || txScale < 1 || txScale > 100)
    throw new Error('--tx-scale must be a whole number from 1 to 100 (transaction buckets per account)');
  const db = (await getMongoClient()).db(values.db);
  const dataset = generateAnalyticsDataset({ count, txScale });
  for (const [name, docs] of Object.entries(dataset)) {
    let rewritten = 0;
    for (let i = 0; i < docs.length; i += 1000) rewritten += (await writeUpsertBatch(db.collection(name), docs.slice(i, i + 1000))).replaced;
    console.log(`${values.db}.${name}: ${docs.length} document(s) in place${rewritten ? ` (${rewritten} restored to the generated content)` : ''}`);
  }
  await ensureAnalyticsIndexes(db);
  if (values.db !== env.ANALYTICS_DB) return;
  await linkDemoCustomer();
  await requestRollups('seed');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main()
    .then(
      () => 0,
      (error: unknown) => (console.error(`error: ${(error as Error).message}`), 1),
    )
    .then(async (code) => {
      await Promise.all([closeMongoClient().catch(() => undefined), pool.end().catch(() => undefined)]);
      process.exit(code);
    });
}
