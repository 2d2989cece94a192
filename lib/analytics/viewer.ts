/**
 * Why: every customer-area page and route decides the same way whose data it shows. A customer always sees their
 * own record (a `user` parameter naming anyone else is a 404); an admin (`customer.view-any`) sees the customer
 * named by `?user=<id>` read-only, without linking anything on their behalf. A customer who opens the area
 * verified but unlinked is linked here, lazily.
 */
import 'server-only';
import { notFound } from 'next/navigation';
import { requireRole, type CurrentSession } from '../auth/dal';
import { may } from '../auth/permissions';
import { findUserById } from '../db/queries/users';
import { findLinkedCustomer } from './customer';
import type { CustomerDoc } from './db';
import { linkStateOf, type LinkState, type LinkSubject } from './linking';

export type CustomerView =
  | { kind: 'pick'; current: CurrentSession }
  | { kind: 'unlinked'; current: CurrentSession; subject: LinkSubject; readOnly: boolean; link: Exclude<LinkState, { state: 'linked' }> }
  | { kind: 'missing'; current: CurrentSession; subject: LinkSubject; readOnly: boolean }
  | { kind: 'linked'; current: CurrentSession; subject: LinkSubject; readOnly: boolean; customer: CustomerDoc };

export async function resolveCustomerView(userParam: string | string[] | undefined): Promise<CustomerView> {
  const current = await requireRole('customer');
  const raw = Array.isArray(userParam) ? userParam[0] : userParam;
  const viewingOther = raw !== undefined && raw !== String(current.user.id);
  if (viewingOther && !may(current.user.role, 'customer.view-any')) notFound();
  if (!viewingOther && current.user.role !== 'customer') return { kind: 'pick', current };
  // The session carries the customer's own link and verification; only another user's row is read.
  const subject = viewingOther ? (/^\d{1,10}$/.test(raw) ? await findUserById(Number(raw)) : undefined) : current.user;
  if (!subject || subject.role !== 'customer') notFound();
  const readOnly = subject.id !== current.user.id;
  const link = await linkStateOf(subject, !readOnly);
  if (link.state !== 'linked') return { kind: 'unlinked', current, subject, readOnly, link };
  const customer = await findLinkedCustomer(link.customerId);
  return customer ? { kind: 'linked', current, subject, readOnly, customer } : { kind: 'missing', current, subject, readOnly };
}

/** A customer-area link that keeps the admin's `?user=` (absent for the customer's own view). */
export function viewHref(view: { readOnly: boolean; subject: LinkSubject }, path: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  if (view.readOnly) query.set('user', String(view.subject.id));
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
