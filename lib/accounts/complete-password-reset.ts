/**
 * Why: the reset link and an admin-created user's set-password link end the same way: the token is used once,
 * the password follows the policy, every session of the user ends, the change is audited, and (for a reset)
 * the address is told. Following the link also proves the address, so the email counts as verified.
 */
import { hashPassword } from '../auth/password';
import { signInAccountThrottle } from '../auth/login-throttle';
import { recordAudit } from '../db/queries/audit';
import { revokeOtherSessions } from '../db/queries/sessions';
import { displayName, findUserById, updateUser, type User } from '../db/queries/users';
import { enqueueEmail } from '../mail/queue';
import { passwordChangedNoticeMessage } from '../mail/templates';
import { checkToken, consumeToken, type TokenProblem } from './tokens';

export type PasswordTokenPurpose = 'reset_password' | 'set_password';

export type PasswordTokenCheck = { ok: true; user: User } | { ok: false; problem: TokenProblem };

/** Which user the (still unused) link belongs to, so the form can check the policy against their name. */
export async function userForPasswordToken(raw: unknown, purpose: PasswordTokenPurpose): Promise<PasswordTokenCheck> {
  const check = await checkToken(raw, purpose);
  if (!check.ok) return { ok: false, problem: check.problem };
  const user = await findUserById(check.token.userId);
  return user ? { ok: true, user } : { ok: false, problem: 'invalid' };
}

/** Sets the (already policy-checked) password; fails if the link was used or expired meanwhile. */
export async function completePasswordReset(raw: unknown, purpose: PasswordTokenPurpose, newPassword: string, ip: string | null): Promise<PasswordTokenCheck> {
  const check = await consumeToken(raw, purpose);
  if (!check.ok) return { ok: false, problem: check.problem };
  const user = await findUserById(check.token.userId);
  if (!user) return { ok: false, problem: 'invalid' };
  const proved = user.email === check.token.email && !user.emailVerifiedAt;
  await updateUser(user.id, { passwordHash: await hashPassword(newPassword), ...(proved && { emailVerifiedAt: new Date() }) });
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
