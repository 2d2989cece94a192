/**
 * Why: the reset link and an admin-created user's set-password link end the same way: the token is used once,
 * the password follows the policy, every session of the user ends, the change is audited, and (for a reset)
 * the address is told. Following the link also proves the address, so the email counts as verified. The new
 * password is written only while the account still has the address, password hash and status the link was used
 * with (re-checked in the UPDATE, after the slow hash): a concurrent email change cannot borrow this proof.
 */
import { hashPassword } from '../auth/password';
import { signInAccountThrottle } from '../auth/login-throttle';
import { recordAudit } from '../db/queries/audit';
import { revokeOtherSessions } from '../db/queries/sessions';
import { displayName, updateUser } from '../db/queries/users';
import { enqueueEmail } from '../mail/queue';
import { passwordChangedNoticeMessage } from '../mail/templates';
import { checkToken, consumeToken, tokenAccount, type AccountCheck } from './tokens';

export type PasswordTokenPurpose = 'reset_password' | 'set_password';

/** Which user the (still unused) link belongs to, so the form can check the policy against their name. */
export async function userForPasswordToken(raw: unknown, purpose: PasswordTokenPurpose): Promise<AccountCheck> {
  const check = await checkToken(raw, purpose);
  if (!check.ok) return { ok: false, problem: check.problem };
  return tokenAccount(check.token);
}

/** Sets the (already policy-checked) password; fails if the link was used or expired meanwhile. */
export async function completePasswordReset(raw: unknown, purpose: PasswordTokenPurpose, newPassword: string, ip: string | null): Promise<AccountCheck> {
  const check = await consumeToken(raw, purpose);
  if (!check.ok) return { ok: false, problem: check.problem };
  const account = await tokenAccount(check.token);
  if (!account.ok) return account;
  const { user } = account;
  const changes = { passwordHash: await hashPassword(newPassword), ...(!user.emailVerifiedAt && { emailVerifiedAt: new Date() }) };
  const expected = { email: check.token.email, passwordHash: user.passwordHash, status: 'active' as const };
  if (!(await updateUser(user.id, changes, expected))) return { ok: false, problem: 'account-changed' };
  const endedSessions = await revokeOtherSessions(user.id, null);
  await signInAccountThrottle.clear(`user:${user.id}`);
  await recordAudit({
    action: purpose === 'reset_password' ? 'auth.password_reset' : 'auth.password_set',
    actorUserId: user.id,
    target: `user:${user.id}`,
    ip,
    detail: { endedSessions },
  });
  if (purpose === 'reset_password') await enqueueEmail(user.email, passwordChangedNoticeMessage(displayName(user)));
  return { ok: true, user };
}
