/**
 * Why: a demo and CI need realistic analytics data (customers, accounts, transaction buckets) without shipping
 * a dataset. Everything is generated from a seeded PRNG with fixed _ids, so re-running writes the same
 * documents again (nothing duplicated, nothing rewritten), and `demo.customer` links the demo portal
 * customer to analytics data by email.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Int32, ObjectId, type Document } from 'bson';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { closeMongoClient, getMongoClient } from '../lib/mongo/client';
import { writeUpsertBatch } from '../lib/sync/write-batch';

const demoCustomerAccount = DEMO_USERS.find((u) => u.role === 'customer')!;
/** The demo customer's analytics record, linked to the seeded portal account by email. */
export const DEMO_CUSTOMER = { username: demoCustomerAccount.username, email: demoCustomerAccount.email, name: 'Demo Customer' };
const FIRST = ['Elizabeth', 'Lindsay', 'Katherine', 'Leslie', 'Brad', 'Natalie', 'Dana', 'Gregory', 'Patrick', 'Maria', 'Omar', 'Yuki'];
const LAST = ['Ray', 'Cowan', 'David', 'Martinez', 'Cardenas', 'Quinn', 'Clarke', 'Mendoza', 'Walker', 'Silva', 'Haddad', 'Tanaka'];
const STREETS = ['Bethany Glens', 'Box 4089', 'Hunter Ridge', 'Amber Springs', 'Lake Avenue', 'Oak Lane'];
const TIERS = ['Bronze', 'Silver', 'Gold', 'Platinum'];
const BENEFITS = ['sports tickets', 'concierge services', 'airline lounge access', '24 hour dedicated line', 'car rental insurance', 'dedicated account representative', 'travel insurance', 'shopping discounts'];
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

export function generateAnalyticsDataset({ count = 500, seed = 42 } = {}): AnalyticsDataset {
  const r = prng(seed);
  const customers: Document[] = [];
  const accounts: Document[] = [];
  const transactions: Document[] = [];
  for (let i = 0; i < count; i += 1) {
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    const accountIds = Array.from({ length: r.int(1, 4) }, () => 100_000 + accounts.length * 7 + r.int(0, 6));
    const tiers: Document = {};
    for (let t = r.int(1, 3); t > 0; t -= 1) {
      const id = r.hex(32);
      tiers[id] = { tier: r.pick(TIERS), id, active: r.next() < 0.9, benefits: r.some(BENEFITS, 3) };
    }
    const demo = i === 0;
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
    for (const accountId of accountIds) {
      const index = accounts.length;
      accounts.push({ _id: stableId(2, index), account_id: new Int32(accountId), limit: new Int32(r.pick([9000, 10000])), products: r.some(PRODUCTS, 4) });
      transactions.push(transactionBucket(r, index, accountId));
    }
  }
  return { customers, accounts, transactions };
}

function transactionBucket(r: ReturnType<typeof prng>, index: number, accountId: number): Document {
  const start = new Date(EPOCH - r.int(365, 3650) * 86_400_000);
  const list = Array.from({ length: r.int(1, 20) }, () => {
    const amount = r.int(1, 9999);
    const price = r.next() * 100;
    return {
      date: new Date(start.getTime() + r.int(0, 365 * 86_400) * 1000),
      amount: new Int32(amount),
      transaction_code: r.pick(['buy', 'sell']),
      symbol: r.pick(SYMBOLS),
      price: price.toFixed(17),
      total: (price * amount).toFixed(13),
    };
  }).sort((a, b) => a.date.getTime() - b.date.getTime());
  return {
    _id: stableId(3, index),
    account_id: new Int32(accountId),
    transaction_count: new Int32(list.length),
    bucket_start_date: list[0].date,
    bucket_end_date: list[list.length - 1].date,
    transactions: list,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '500' }, db: { type: 'string', default: 'analytics' } } });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new Error('--count must be a whole number from 1 to 1,000,000');
  const db = (await getMongoClient()).db(values.db);
  const dataset = generateAnalyticsDataset({ count });
  for (const [name, docs] of Object.entries(dataset)) {
    let rewritten = 0;
    for (let i = 0; i < docs.length; i += 1000) rewritten += (await writeUpsertBatch(db.collection(name), docs.slice(i, i + 1000))).replaced;
    console.log(`${values.db}.${name}: ${docs.length} document(s) in place${rewritten ? ` (${rewritten} restored to the generated content)` : ''}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main()
    .then(() => 0, (error: unknown) => (console.error(`error: ${(error as Error).message}`), 1))
    .then(async (code) => {
      await closeMongoClient().catch(() => undefined);
      process.exit(code);
    });
}
