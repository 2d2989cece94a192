/**
 * Why: the customer pages' ownership check and account facts, read by primary key from the worker's copy
 * (analytics_account_owners, analytics_accounts) rather than by FerretDB table scans on every page.
 */
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../index';
import { analyticsAccountOwners as owners, analyticsAccounts as accounts } from '../schema';

/** An account as the pages show it; limit and products are null/empty when the accounts collection lacks it. */
export type AccountFacts = { accountId: number; limit: number | null; products: string[] };

const FACTS = { accountId: owners.accountId, limit: accounts.limit, products: accounts.products };
const facts = (row: { accountId: number; limit: number | null; products: string[] | null }): AccountFacts => ({ ...row, products: row.products ?? [] });

/** The account if the customer record lists it, else undefined. */
export async function ownedAccount(customerId: string, accountId: number): Promise<AccountFacts | undefined> {
  const [row] = await db
    .select(FACTS)
    .from(owners)
    .leftJoin(accounts, eq(accounts.accountId, owners.accountId))
    .where(and(eq(owners.customerId, customerId), eq(owners.accountId, accountId)))
    .limit(1);
  return row && facts(row);
}

/** Every account the customer record lists, in its order. */
export async function accountsOfCustomer(customerId: string): Promise<AccountFacts[]> {
  const rows = await db
    .select(FACTS)
    .from(owners)
    .leftJoin(accounts, eq(accounts.accountId, owners.accountId))
    .where(eq(owners.customerId, customerId))
    .orderBy(asc(owners.position));
  return rows.map(facts);
}
