/**
 * Why: proving an address is one flow for sign-up, "Resend verification email" and an email change: a 24 h
 * single-use link to the address. Opening the link proves nothing by itself (mail scanners and link previews open
 * links): the signed-in owner of the account confirms on a page that names the account, with a POST, and the
 * account is verified only while that is still its address (re-checked in the UPDATE). Verifying links nothing.
 */
import { recordAudit } from '../db/queries/audit';
import { findUserById, updateUser, type User } from '../db/queries/users';
import { enqueueEmail } from '../mail/queue';
import { verifyEmailMessage } from '../mail/templates';
import { takeEmailPoint, waitMessage } from './email-rate-limit';
import { AppError } from '../errors';
import { checkToken, consumeToken, issueToken, tokenAccount, type TokenProblem } from './tokens';

type Recipient = Pick<User, 'id' | 'email' | 'username'>;

export async function sendVerificationEmail(user: Recipient, ip: string | null): Promise<void> {
  const token = await issueToken(user.id, 'verify_email', user.email);
  await enqueueEmail(user.email, verifyEmailMessage(user.username, user.email, token));
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

export type VerifyProblem = TokenProblem | 'other-account';
export type PendingVerification = { ok: true; userId: number; username: string; email: string } | { ok: false; problem: VerifyProblem };

/** What an (unused) link would confirm, for the page that asks; `signedInAs` must be the account it was sent for. */
export async function pendingVerification(raw: unknown, signedInAs: number | null): Promise<PendingVerification> {
  const check = await checkToken(raw, 'verify_email');
  if (!check.ok) return { ok: false, problem: check.problem };
  if (signedInAs !== null && signedInAs !== check.token.userId) return { ok: false, problem: 'other-account' };
  const account = await tokenAccount(check.token);
  if (!account.ok) return account;
  return { ok: true, userId: account.user.id, username: account.user.username, email: account.user.email };
}

/** The signed-in user's confirmation (a POST): uses the link and marks the address verified while it is still theirs. */
export async function confirmEmail(raw: unknown, userId: number, ip: string | null): Promise<PendingVerification> {
  const pending = await pendingVerification(raw, userId);
  if (!pending.ok) return pending;
  const check = await consumeToken(raw, 'verify_email');
  if (!check.ok) return { ok: false, problem: check.problem };
  if (!(await updateUser(userId, { emailVerifiedAt: new Date() }, { email: check.token.email }))) return { ok: false, problem: 'account-changed' };
  await recordAudit({ action: 'auth.email_verified', actorUserId: userId, target: `user:${userId}`, ip, detail: { email: check.token.email } });
  return pending;
}
