/**
 * Why: the customer area's read model. Customer and account documents are read through equality filters on
 * indexed fields (customers._id, accounts.account_id); trades from MySQL `analytics_trades` by account_id (the
 * worker's copy, as of the last rollup). Only accounts listed in the linked customer's own record are read, so a
 * customer can never reach another customer's account.
 */
import 'server-only';
import { tradesOfAccount } from '../db/queries/analytics-trades';
import { analyticsDb, type AccountDoc, type CustomerDoc, type Trade } from './db';
import { parseCustomerId } from './customer-id';
import { sideTotals, type SideTotals } from './trades';

export type Tier = { tier: string; active: boolean; benefits: string[] };
export type AccountSummary = SideTotals & { accountId: number; limit: number | null; products: string[] };
export type CustomerOverview = { username: string; name: string; email: string; tiers: Tier[]; accounts: AccountSummary[] };

export async function findLinkedCustomer(customerId: string): Promise<CustomerDoc | null> {
  const id = parseCustomerId(customerId);
  if (id === null) return null;
  return (await analyticsDb()).collection<CustomerDoc>('customers').findOne({ _id: id as never });
}

export function accountIdsOf(customer: CustomerDoc): number[] {
  return (customer.accounts ?? []).map(Number).filter((n) => Number.isInteger(n));
}

export function tiersOf(customer: CustomerDoc): Tier[] {
  return Object.values(customer.tier_and_details ?? {}).map((t) => ({
    tier: String(t.tier ?? 'Unknown'),
    active: t.active !== false,
    benefits: Array.isArray(t.benefits) ? t.benefits.map(String) : [],
  }));
}

/** The account's document (equality read) and its trades as of the last rollup (MySQL, by account_id). */
export async function readAccount(accountId: number): Promise<{ account: AccountDoc | null; trades: Trade[] }> {
  const db = await analyticsDb();
  const [account, trades] = await Promise.all([db.collection<AccountDoc>('accounts').findOne({ account_id: accountId }), tradesOfAccount(accountId)]);
  return { account, trades };
}

export async function loadCustomerOverview(customer: CustomerDoc): Promise<CustomerOverview> {
  const accounts = await Promise.all(
    accountIdsOf(customer).map(async (accountId) => {
      const { account, trades } = await readAccount(accountId);
      return {
        accountId,
        limit: account?.limit === undefined ? null : Number(account.limit),
        products: (account?.products ?? []).map(String),
        ...sideTotals(trades),
      };
    }),
  );
  return {
    username: String(customer.username ?? ''),
    name: String(customer.name ?? ''),
    email: String(customer.email ?? ''),
    tiers: tiersOf(customer),
    accounts,
  };
}
