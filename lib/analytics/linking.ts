/**
 * Why: a portal customer sees analytics data only through a link to one analytics customer. A verified email is
 * not enough to make one (whatever can make an address "verified" would hand over that customer's money): the
 * customer proves the record with something on it that was never shown to them, an account number it lists plus
 * its birth date, and the record's email must also equal the account's verified email. Matching reads the
 * records through equality filters on the indexed `email` field: the lowercased address first (the seed and the
 * sample data store emails lowercase), then the address exactly as stored in the portal. Admins link by hand
 * (findCustomersForLink + linkCustomerRecord).
 */
import type { Document } from 'bson';
import type { User } from '../db/queries/users';
import type { CustomerLinkProof } from '../validation/analytics';
import { customerIdText, parseCustomerId } from './customer-id';
import { accountIdsOf, analyticsDb, type CustomerDoc } from './mongo';

export type LinkState =
  { state: 'linked'; customerId: string; username: string } | { state: 'unverified' } | { state: 'unlinked'; email: string } | { state: 'not-customer' };

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
  const projection = { username: 1, name: 1, email: 1, accounts: 1, birthdate: 1 };
  const lower = email.toLowerCase();
  const found = await customers.find({ email: lower }, { projection }).limit(5).toArray();
  if (found.length || lower === email) return found;
  return customers.find({ email }, { projection }).limit(5).toArray();
}

/** The birth date's calendar day as stored (UTC), e.g. 1977-03-02. */
function birthDay(value: unknown): string | null {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null;
}

/** The record with this email that lists the account number and has this birth date, if there is one. */
export async function findRecordByProof(email: string, proof: CustomerLinkProof): Promise<CustomerCandidate | null> {
  const match = (await customersWithEmail(email)).find((doc) => accountIdsOf(doc).includes(proof.accountNumber) && birthDay(doc.birthdate) === proof.birthDate);
  return match ? candidate(match) : null;
}

/** The user's link state as it is: nothing is linked here. */
export function linkStateOf(user: LinkSubject): LinkState {
  if (user.role !== 'customer') return { state: 'not-customer' };
  if (user.analyticsCustomerId) return { state: 'linked', customerId: user.analyticsCustomerId, username: user.analyticsUsername ?? '' };
  if (!user.emailVerifiedAt) return { state: 'unverified' };
  return { state: 'unlinked', email: user.email };
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

/** The analytics record an admin chose by its id (Extended JSON text or a 24-hex ObjectId), if it exists. */
export async function findCustomerById(customerId: string): Promise<CustomerCandidate | null> {
  const id = parseCustomerId(customerId);
  if (id === null) return null;
  const customers = (await analyticsDb()).collection<CustomerDoc>('customers');
  const doc = await customers.findOne({ _id: id as never }, { projection: { username: 1, name: 1, email: 1, accounts: 1 } });
  return doc ? candidate(doc) : null;
}
