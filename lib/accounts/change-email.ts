/**
 * Why: a new address must be proved again and the old one is told, so a hijacked session cannot move it silently.
 * The current-password check shares the per-user limiter of a password change. The address is written only while
 * the account still has the email and password hash the check was made against (re-checked in the UPDATE), it
 * ends the account's outstanding emailed links, and it ends the analytics link at once: that link was proved for
 * the old address (sessions stay; their cached copy is dropped).
 */
import { passwordCheckThrottle } from '../auth/login-throttle';
import { retryPhrase } from '../auth/throttle';
import { recordAudit } from '../db/queries/audit';
import { displayName, findUserById, isDuplicateKey, takenIdentityFields, updateUser } from '../db/queries/users';
import { verifyPassword } from '../auth/password';
import { enqueueEmail } from '../mail/queue';
import { emailChangedNoticeMessage } from '../mail/templates';
import { TAKEN_MESSAGES } from './create-account';
import { AppError } from '../errors';
import { sendVerificationEmail } from './verify-email';

export type ChangeEmailResult = { ok: true; message: string } | { ok: false; errors: Record<string, string> };

const CHANGED_MEANWHILE = 'Your account changed while this was being checked. Please try again.';

export async function changeEmail(userId: number, newEmail: string, currentPassword: string, ip: string | null): Promise<ChangeEmailResult> {
  const user = await findUserById(userId);
  if (!user) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  const key = `user:${userId}`;
  const wait = await passwordCheckThrottle.consume(key);
  if (wait) return { ok: false, errors: { emailChangePassword: `Too many wrong passwords. ${retryPhrase(wait)}` } };
  if (!(await verifyPassword(currentPassword, user.passwordHash))) return { ok: false, errors: { emailChangePassword: 'Password is incorrect' } };
  await passwordCheckThrottle.clear(key);
  if (user.email === newEmail) return { ok: false, errors: { email: 'That is already your email address' } };
  if ((await takenIdentityFields(newEmail, '\u0000')).email) return { ok: false, errors: { email: TAKEN_MESSAGES.email } };
  const changes = { email: newEmail, emailVerifiedAt: null, analyticsCustomerId: null, analyticsUsername: null };
  try {
    if (!(await updateUser(userId, changes, { email: user.email, passwordHash: user.passwordHash }))) return { ok: false, errors: { form: CHANGED_MEANWHILE } };
  } catch (error) {
    if (isDuplicateKey(error)) return { ok: false, errors: { email: TAKEN_MESSAGES.email } };
    throw error;
  }
  await sendVerificationEmail({ ...user, email: newEmail }, ip);
  await enqueueEmail(user.email, emailChangedNoticeMessage(displayName(user), newEmail));
  const audit = { actorUserId: userId, target: `user:${userId}`, ip };
  await recordAudit({ ...audit, action: 'auth.email_changed', detail: { before: { email: user.email }, after: { email: newEmail } } });
  const message = `Email changed. Open the link we sent to ${newEmail} to verify it.`;
  if (!user.analyticsCustomerId) return { ok: true, message };
  const record = user.analyticsUsername ?? user.analyticsCustomerId;
  await recordAudit({ ...audit, action: 'customer.unlinked', detail: { customerId: user.analyticsCustomerId, username: record, rule: 'email changed' } });
  return { ok: true, message: `${message} Your account is no longer linked to the customer record ${record}: link it again on the customer page.` };
}
