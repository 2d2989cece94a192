/**
 * Why: proving an address is one flow for sign-up, "Resend verification email" and an email change: a 24 h
 * single-use link to the address, and on use the account is verified only if that is still its address.
 */
import { recordAudit } from '../db/queries/audit';
import { displayName, findUserById, updateUser, type User } from '../db/queries/users';
import { enqueueEmail } from '../mail/queue';
import { verifyEmailMessage } from '../mail/templates';
import { takeEmailPoint, waitMessage } from './email-rate-limit';
import { AppError } from '../errors';
import { linkCustomer } from '../analytics/linking';
import { consumeToken, issueToken, type TokenProblem } from './tokens';

type Recipient = Pick<User, 'id' | 'email' | 'firstName' | 'lastName' | 'username'>;

export async function sendVerificationEmail(user: Recipient, ip: string | null): Promise<void> {
  const token = await issueToken(user.id, 'verify_email', user.email);
  await enqueueEmail(user.email, verifyEmailMessage(displayName(user), token));
  await recordAudit({ action: 'auth.verification_sent', actorUserId: user.id, target: `user:${user.id}`, ip, detail: { email: user.email } });
}

export async function resendVerification(userId: number, ip: string | null): Promise<string> {
  const user = await findUserById(userId);
  if (!user) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  if (user.emailVerifiedAt) throw new AppError('CONFLICT', 'Your email address is already verified.');
  const wait = await takeEmailPoint('verify-account', String(userId));
  if (wait) throw new AppError('TOO_MANY_REQUESTS', waitMessage(wait));
  await sendVerificationEmail(user, ip);
  return `We sent a new verification link to ${user.email}.`;
}

export type VerifyOutcome = { ok: true; email: string } | { ok: false; problem: TokenProblem | 'email-changed' };

export async function verifyEmail(raw: unknown, ip: string | null): Promise<VerifyOutcome> {
  const check = await consumeToken(raw, 'verify_email');
  if (!check.ok) {
    // Opening the link again (a double click, a mail scanner) after it worked is not an error for the user.
    const user = check.token && (await findUserById(check.token.userId));
    if (check.problem === 'used' && user?.emailVerifiedAt && user.email === check.token?.email) return { ok: true, email: user.email };
    return { ok: false, problem: check.problem };
  }
  const user = await findUserById(check.token.userId);
  if (!user || user.email !== check.token.email) return { ok: false, problem: 'email-changed' };
  await updateUser(user.id, { emailVerifiedAt: new Date() });
  await recordAudit({ action: 'auth.email_verified', actorUserId: user.id, target: `user:${user.id}`, ip, detail: { email: user.email } });
  await linkCustomer(user.id).catch((error: unknown) => console.error(`[accounts] linking user ${user.id} after verification failed:`, error));
  return { ok: true, email: user.email };
}
