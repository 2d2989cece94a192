/**
 * Why: the seam between account management and the analytics read models (lib/analytics linking, built in
 * parallel). The admin page and the verification flow call only these four names; at merge they re-export
 * `linkCustomer`, `findCustomersForLink`, `linkCustomerRecord` and `unlinkCustomerRecord` from lib/analytics.
 * Until then a search finds nothing and linking explains that it is unavailable.
 */
import { updateUser } from '../db/queries/users';
import { AccountError } from './errors';

export type CustomerCandidate = { id: string; username: string; name: string; email: string };

/** Analytics customers whose email or username matches the query (for "Link customer record"). */
export async function findCustomersForLink(_query: string): Promise<CustomerCandidate[]> {
  return [];
}

/** Links the portal user to the analytics customer; returns the record linked. */
export async function linkCustomerRecord(_userId: number, _customerId: string): Promise<CustomerCandidate> {
  throw new AccountError(409, 'Linking analytics customer records is not available in this build.');
}

export async function unlinkCustomerRecord(userId: number): Promise<void> {
  await updateUser(userId, { analyticsCustomerId: null, analyticsUsername: null });
}

/** After a customer proves their email: link them to the analytics customer with that address, if any. */
export async function linkCustomer(_userId: number): Promise<void> {}
