/**
 * Why: the customer and management areas read the analytics collections from one configurable database
 * (ANALYTICS_DB; e2e and benches point it elsewhere). FerretDB runs every sort, range and $group in its own
 * process, so pages read only through equality filters on the fields indexed here.
 */
import type { Db, Document } from 'mongodb';
import { env } from '../env';
import { getMongoClient } from '../mongo/client';

export const ANALYTICS_COLLECTIONS = ['customers', 'accounts', 'transactions'] as const;

/** Every equality filter the areas use, one index each. */
const INDEXES: [collection: (typeof ANALYTICS_COLLECTIONS)[number], field: string][] = [
  ['customers', 'email'],
  ['customers', 'username'],
  ['accounts', 'account_id'],
  ['transactions', 'account_id'],
];

export async function analyticsDb(name = env.ANALYTICS_DB): Promise<Db> {
  return (await getMongoClient()).db(name);
}

/** Idempotent (createIndex with the same key is a no-op); run after seeding, import and before each rollup. */
export async function ensureAnalyticsIndexes(db: Db): Promise<void> {
  for (const [collection, field] of INDEXES) await db.collection(collection).createIndex({ [field]: 1 }, { name: `${field}_1` });
}

export type CustomerDoc = Document & {
  username?: string;
  name?: string;
  email?: string;
  active?: boolean;
  accounts?: unknown[];
  tier_and_details?: Record<string, { tier?: string; benefits?: string[]; active?: boolean }>;
};
/** The account ids a customer record lists, in its order, once each (anything not an integer is ignored). */
export function accountIdsOf(customer: CustomerDoc): number[] {
  return [...new Set((customer.accounts ?? []).map(Number).filter((n) => Number.isInteger(n)))];
}

export type AccountDoc = Document & { account_id: number; limit?: number; products?: string[] };
export type Trade = { date: Date; amount: number; transaction_code: string; symbol: string; price: string; total: string };
export type BucketDoc = Document & { account_id: number; transactions?: Trade[] };
