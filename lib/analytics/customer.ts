/**
 * Why: the customer area's overview. The linked customer record is read live through an equality filter on
 * customers._id (name, tiers); its accounts, their facts and trade totals come from MySQL (derived from the built-in copies) as of
 * their last derivation (the same snapshot the account pages use, so every listed account opens).
 */
import 'server-only';
import { accountsOfCustomer } from '../db/queries/analytics-accounts';
import { sideTotalsOfCustomer, tradesCopiedAt } from '../db/queries/analytics-trades';
import { analyticsDb, type CustomerDoc } from './mongo';
import { customerIdText, parseCustomerId } from './customer-id';
import { sideTotals, type SideTotals } from './trades';

export type Tier = { tier: string; active: boolean; benefits: string[] };
export type AccountSummary = SideTotals & { accountId: number; limit: number | null; products: string[] };
export type CustomerOverview = { username: string; name: string; email: string; tiers: Tier[]; accounts: AccountSummary[]; asOf: Date | null };

export async function findLinkedCustomer(customerId: string): Promise<CustomerDoc | null> {
  const id = parseCustomerId(customerId);
  if (id === null) return null;
  return (await analyticsDb()).collection<CustomerDoc>('customers').findOne({ _id: id as never });
}

export function tiersOf(customer: CustomerDoc): Tier[] {
  return Object.values(customer.tier_and_details ?? {}).map((t) => ({
    tier: String(t.tier ?? 'Unknown'),
    active: t.active !== false,
    benefits: Array.isArray(t.benefits) ? t.benefits.map(String) : [],
  }));
}

export async function loadCustomerOverview(customer: CustomerDoc): Promise<CustomerOverview> {
  const customerId = customerIdText(customer._id);
  const [listed, sides, asOf] = await Promise.all([accountsOfCustomer(customerId), sideTotalsOfCustomer(customerId), tradesCopiedAt()]);
  const accounts = listed.map((a) => ({ ...a, ...sideTotals(sides.filter((s) => s.accountId === a.accountId)) }));
  return {
    username: String(customer.username ?? ''),
    name: String(customer.name ?? ''),
    email: String(customer.email ?? ''),
    tiers: tiersOf(customer),
    accounts,
    asOf,
  };
}
