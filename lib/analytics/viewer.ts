/**
 * Why: every customer-area page and route decides the same way whose data it shows. A customer always sees their
 * own record (a `user` parameter naming anyone else is a 404); an admin (`customer.view-any`) sees the customer
 * named by `?user=<id>` read-only. Opening the area links nothing: a customer links with proof (link-own-record).
 */
import 'server-only';
import { notFound } from 'next/navigation';
import { requireRole, type CurrentSession } from '../auth/dal';
import { may } from '../auth/permissions';
import { findUserById } from '../db/queries/users';
import { findLinkedCustomer } from './customer';
import type { CustomerDoc } from './mongo';
import { linkStateOf, type LinkState, type LinkSubject } from './linking';

type Subject = { current: CurrentSession; subject: LinkSubject; readOnly: boolean };

/** Whose customer area this request shows, and their link, without reading the analytics record itself. */
export type CustomerLinkView =
  | { kind: 'pick'; current: CurrentSession }
  | (Subject & { kind: 'unlinked'; link: Exclude<LinkState, { state: 'linked' }> })
  | (Subject & { kind: 'linked'; customerId: string });

export type CustomerView =
  Exclude<CustomerLinkView, { kind: 'linked' }> | (Subject & { kind: 'missing' }) | (Subject & { kind: 'linked'; customerId: string; customer: CustomerDoc });

export async function resolveCustomerLink(userParam: string | string[] | undefined): Promise<CustomerLinkView> {
  const current = await requireRole('customer');
  const raw = Array.isArray(userParam) ? userParam[0] : userParam;
  const viewingOther = raw !== undefined && raw !== String(current.user.id);
  if (viewingOther && !may(current.user.role, 'customer.view-any')) notFound();
  if (!viewingOther && current.user.role !== 'customer') return { kind: 'pick', current };
  // The session carries the customer's own link and verification; only another user's row is read.
  const subject = viewingOther ? (/^\d{1,10}$/.test(raw) ? await findUserById(Number(raw)) : undefined) : current.user;
  if (!subject || subject.role !== 'customer') notFound();
  const readOnly = subject.id !== current.user.id;
  const link = linkStateOf(subject);
  if (link.state !== 'linked') return { kind: 'unlinked', current, subject, readOnly, link };
  return { kind: 'linked', current, subject, readOnly, customerId: link.customerId };
}

/** As resolveCustomerLink, plus the linked analytics customer record (read live; `missing` if it is gone). */
export async function resolveCustomerView(userParam: string | string[] | undefined): Promise<CustomerView> {
  const view = await resolveCustomerLink(userParam);
  if (view.kind !== 'linked') return view;
  const customer = await findLinkedCustomer(view.customerId);
  return customer ? { ...view, customer } : { ...view, kind: 'missing' };
}

/** A customer-area link that keeps the admin's `?user=` (absent for the customer's own view). */
export function viewHref(view: { readOnly: boolean; subject: LinkSubject }, path: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  if (view.readOnly) query.set('user', String(view.subject.id));
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
