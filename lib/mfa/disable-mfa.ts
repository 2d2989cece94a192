import { passwordCheckThrottle } from '../auth/login-throttle';
import { verifyPassword } from '../auth/password';
import { retryPhrase } from '../auth/throttle';
import { recordAudit } from '../db/queries/audit';
import { deleteMfa, findMfaCredential, isLastActiveAdmin } from '../db/queries/mfa';
import { findUserById } from '../db/queries/users';
import type { ClientInfo } from '../request-info';
import { AppError } from '../errors';
import { secondFactorRefusal } from './refusal';
import { verifySecondFactor, type SecondFactor } from './verify-second-factor';

/**
 * The user turns their own 2FA off: current password and a current code. The last active admin must use a
 * recovery code (no other admin could reset them), so they cannot lose it by accident with an authenticator code.
 */
export async function disableMfa(userId: number, password: string, factor: SecondFactor, client: ClientInfo): Promise<void> {
  const credential = await findMfaCredential(userId);
  if (!credential?.confirmedAt) throw new AppError('CONFLICT', 'Two-factor authentication is not on.');
  const key = `user:${userId}`;
  const wait = await passwordCheckThrottle.consume(key);
  if (wait > 0) throw new AppError('TOO_MANY_REQUESTS', `Too many wrong current passwords. ${retryPhrase(wait)}`);
  const user = await findUserById(userId);
  if (!user || !(await verifyPassword(password, user.passwordHash))) throw new AppError('BAD_REQUEST', 'Current password is incorrect.');
  await passwordCheckThrottle.clear(key);
  if (!('recoveryCode' in factor) && (await isLastActiveAdmin(userId)))
    throw new AppError('FORBIDDEN', 'You are the last active admin: turning two-factor authentication off needs one of your recovery codes.');
  const check = await verifySecondFactor(credential, factor, client);
  if (!check.ok) throw secondFactorRefusal(check);
  await deleteMfa(userId);
  await recordAudit({ action: 'mfa.disabled', actorUserId: userId, target: `user:${userId}`, ip: client.ip, detail: { via: check.via } });
}
