/**
 * Why: the customer area's read model. Customer and account documents are read through equality filters on
 * indexed fields (customers._id, accounts.account_id); trade totals are summed in MySQL `analytics_trades` by
 * account_id (the worker's copy, as of the last rollup). Only accounts listed in the linked customer's own record are read, so a
 * customer can never reach another customer's account.
 */
import 'server-only';
import { sideTotalsOfAccounts } from '../db/queries/analytics-trades';
import { analyticsDb, type AccountDoc, type CustomerDoc } from './db';
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

/** The account's document, read by equality on the indexed account_id. */
export async function readAccountDoc(accountId: number): Promise<AccountDoc | null> {
  return (await analyticsDb()).collection<AccountDoc>('accounts').findOne({ account_id: accountId });
}

export async function loadCustomerOverview(customer: CustomerDoc): Promise<CustomerOverview> {
  const ids = accountIdsOf(customer);
  const [docs, sides] = await Promise.all([Promise.all(ids.map(readAccountDoc)), sideTotalsOfAccounts(ids)]);
  const accounts = ids.map((accountId, i) => {
    const doc = docs[i];
    return {
      accountId,
      limit: doc?.limit === undefined ? null : Number(doc.limit),
      products: (doc?.products ?? []).map(String),
      ...sideTotals(sides.filter((s) => s.accountId === accountId)),
    };
  });
  return {
    username: String(customer.username ?? ''),
    name: String(customer.name ?? ''),
    email: String(customer.email ?? ''),
    tiers: tiersOf(customer),
    accounts,
  };
}
