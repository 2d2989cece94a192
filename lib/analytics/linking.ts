/**
 * Why: a portal customer sees analytics data only through a link to one analytics customer, and that link is
 * made automatically only from a **verified** email (anyone can type someone else's address at sign-up).
 * Matching is case-insensitive through equality filters on the indexed `email` field: the lowercased address
 * first (the seed and the sample data store emails lowercase), then the address exactly as stored in the portal.
 * An imported dataset with mixed-case emails is therefore matched only where its case agrees; an admin links
 * such records by hand (findCustomersForLink + linkCustomerRecord).
 */
import 'server-only';
import type { Document } from 'bson';
import { setAnalyticsLink } from '../db/queries/analytics-links';
import { recordAudit } from '../db/queries/audit';
import { findUserById, type User } from '../db/queries/users';
import { AppError } from '../errors';
import { customerIdText, parseCustomerId } from './customer-id';
import { analyticsDb, type CustomerDoc } from './mongo';

export type LinkState =
  | { state: 'linked'; customerId: string; username: string }
  | { state: 'unverified' }
  | { state: 'no-match'; email: string }
  | { state: 'ambiguous'; email: string; count: number }
  | { state: 'not-customer' };

/** What linking needs to know about a portal user (a full user row or the signed-in session's user). */
export type LinkSubject = Pick<User, 'id' | 'username' | 'email' | 'role' | 'emailVerifiedAt' | 'analyticsCustomerId' | 'analyticsUsername'>;

export type CustomerCandidate = { id: string; username: string; name: string; email: string; accounts: number };

function candidate(doc: CustomerDoc): CustomerCandidate {
  return {
    id: customerIdText(doc._id),
    username: String(doc.username ?? ''),
    name: String(doc.name ?? ''),
    email: String(doc.email ?? ''),
    accounts: Array.isArray(doc.accounts) ? doc.accounts.length : 0,
  };
}

async function customersWithEmail(email: string): Promise<CustomerDoc[]> {
  const customers = (await analyticsDb()).collection<CustomerDoc>('customers');
  const projection = { username: 1, name: 1, email: 1, accounts: 1 };
  const lower = email.toLowerCase();
  const found = await customers.find({ email: lower }, { projection }).limit(5).toArray();
  if (found.length || lower === email) return found;
  return customers.find({ email }, { projection }).limit(5).toArray();
}

/** The user's link if there is one, else links a verified customer whose email matches exactly one record. */
export async function linkCustomer(userId: number): Promise<LinkState> {
  const user = await findUserById(userId);
  if (!user || user.role !== 'customer') return { state: 'not-customer' };
  return linkStateOf(user, true);
}

/** The user's link state; with `write`, an automatic link is made and audited (read-only admin views pass false). */
export async function linkStateOf(user: LinkSubject, write: boolean): Promise<LinkState> {
  if (user.analyticsCustomerId) return { state: 'linked', customerId: user.analyticsCustomerId, username: user.analyticsUsername ?? '' };
  if (!user.emailVerifiedAt) return { state: 'unverified' };
  const matches = await customersWithEmail(user.email);
  if (matches.length === 0) return { state: 'no-match', email: user.email };
  if (matches.length > 1) return { state: 'ambiguous', email: user.email, count: matches.length };
  const link = { customerId: customerIdText(matches[0]._id), username: String(matches[0].username ?? '') };
  if (!write) return { state: 'linked', ...link };
  await setAnalyticsLink(user.id, link);
  await recordAudit({ action: 'customer.linked', actorUserId: user.id, target: `user:${user.id}`, detail: { ...link, rule: 'verified email' } });
  return { state: 'linked', ...link };
}

/** Candidates for a manual link: equality on the lowercased email, the username, or the record's id. */
export async function findCustomersForLink(query: string): Promise<CustomerCandidate[]> {
  const text = query.trim();
  if (!text) return [];
  const customers = (await analyticsDb()).collection<CustomerDoc>('customers');
  const projection = { username: 1, name: 1, email: 1, accounts: 1 };
  const filters: Document[] = text.includes('@') ? [{ email: text.toLowerCase() }, { email: text }] : [{ username: text }, { username: text.toLowerCase() }];
  const id = parseCustomerId(text);
  if (id !== null && typeof id === 'object') filters.unshift({ _id: id });
  const seen = new Map<string, CustomerCandidate>();
  for (const filter of filters) {
    for (const doc of await customers.find(filter, { projection }).limit(10).toArray()) seen.set(customerIdText(doc._id), candidate(doc));
  }
  return [...seen.values()];
}

/** Links a customer user to a chosen analytics record (an admin's decision, audited by lib/accounts/link-customer.ts). */
export async function linkCustomerRecord(userId: number, customerId: string): Promise<CustomerCandidate> {
  const user = await findUserById(userId);
  if (!user) throw new AppError('NOT_FOUND', 'No such user');
  if (user.role !== 'customer') throw new AppError('CONFLICT', 'Only customer accounts can be linked to an analytics record');
  const id = parseCustomerId(customerId);
  const doc =
    id === null
      ? null
      : await (
          await analyticsDb()
        )
          .collection<CustomerDoc>('customers')
          .findOne({ _id: id as never }, { projection: { username: 1, name: 1, email: 1, accounts: 1 } });
  if (!doc) throw new AppError('NOT_FOUND', 'No analytics customer record has this id');
  const found = candidate(doc);
  await setAnalyticsLink(userId, { customerId: found.id, username: found.username });
  return found;
}

export async function unlinkCustomerRecord(userId: number): Promise<void> {
  await setAnalyticsLink(userId, null);
}
