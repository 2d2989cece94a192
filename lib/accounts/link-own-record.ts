/**
 * Why: a customer links their own sign-in to a brokerage record only with proof from the record (an account
 * number it lists and its birth date), on top of a verified email equal to the record's. Guesses share the
 * per-user limiter of current-password checks, every attempt is audited, and the link is written only while the
 * account still has the verified address the record was matched on (re-checked in the UPDATE).
 */
import { passwordCheckThrottle } from '../auth/login-throttle';
import { retryPhrase } from '../auth/throttle';
import { setAnalyticsLink } from '../db/queries/analytics-links';
import { recordAudit } from '../db/queries/audit';
import { findUserById } from '../db/queries/users';
import { findRecordByProof } from '../analytics/linking';
import type { CustomerLinkProof } from '../validation/analytics';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';

export const NO_MATCHING_RECORD = 'No customer record with your email address has that account number and birth date.';

export async function linkOwnRecord(actor: Actor, proof: CustomerLinkProof): Promise<string> {
  const user = actor.id === null ? undefined : await findUserById(actor.id);
  if (!user || user.role !== 'customer') throw new AppError('FORBIDDEN', 'Only customer accounts link a customer record.');
  if (!user.emailVerifiedAt) throw new AppError('CONFLICT', 'Verify your email address first: open the link we sent you.');
  if (user.analyticsCustomerId) throw new AppError('CONFLICT', 'Your account is already linked to a customer record.');
  const key = `user:${user.id}`;
  const wait = await passwordCheckThrottle.consume(key);
  if (wait) throw new AppError('TOO_MANY_REQUESTS', `Too many attempts. ${retryPhrase(wait)}`);
  const audit = { actorUserId: user.id, target: `user:${user.id}`, ip: actor.ip };
  const record = await findRecordByProof(user.email, proof);
  if (!record) {
    await recordAudit({ ...audit, action: 'customer.link_failed', detail: { email: user.email, reason: 'no record matches the proof' } });
    throw new AppError('BAD_REQUEST', NO_MATCHING_RECORD);
  }
  const link = { customerId: record.id, username: record.username };
  if (!(await setAnalyticsLink(user.id, link, { email: user.email, verified: true }))) {
    throw new AppError('CONFLICT', 'Your email address changed meanwhile: verify it, then try again.');
  }
  await passwordCheckThrottle.refund(key);
  await recordAudit({ ...audit, action: 'customer.linked', detail: { ...link, rule: 'account number and birth date' } });
  return `Your account is linked to the customer record ${record.username}.`;
}
