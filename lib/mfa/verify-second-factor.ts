/**
 * Why: the one check of a second factor, whatever asks (sign-in, turning 2FA off, new recovery codes): throttled
 * per user like passwords (a point taken before the check), a TOTP code accepted once (its time step must be newer
 * than the last one used, re-checked in the UPDATE), a recovery code used once; every failure is audited. The caller
 * passes the credential it already read to decide that a second factor is asked at all (no second read here).
 */
import { recordAudit } from '../db/queries/audit';
import { claimStep, countUnusedRecoveryCodes, spendRecoveryCode } from '../db/queries/mfa';
import type { MfaCredential } from '../db/schema';
import { secondFactorThrottle } from '../auth/login-throttle';
import type { ClientInfo } from '../request-info';
import { recoveryCodeHash } from './recovery-codes';
import { openSecret } from './secret-box';
import { matchingStep } from './totp';

/** `code` as the boundary's code field (lib/validation/mfa.ts) hands it on: spaces already removed. */
export type SecondFactor = { code: string } | { recoveryCode: string };

export type SecondFactorResult = { ok: true; via: 'totp' | 'recovery' } | { ok: false; reason: 'invalid_code' | 'rate_limited'; retryAfterSeconds?: number };

/** claimStep's UPDATE accepts a step only while the credential is confirmed, so a pending secret never passes. */
async function accepted({ userId, secretEncrypted }: MfaCredential, factor: SecondFactor): Promise<boolean> {
  if ('recoveryCode' in factor) return spendRecoveryCode(userId, recoveryCodeHash(factor.recoveryCode));
  const step = matchingStep(openSecret(userId, secretEncrypted), factor.code);
  return step !== null && (await claimStep(userId, step));
}

export async function verifySecondFactor(credential: MfaCredential, factor: SecondFactor, client: ClientInfo): Promise<SecondFactorResult> {
  const { userId } = credential;
  const via = 'recoveryCode' in factor ? 'recovery' : 'totp';
  const key = `user:${userId}`;
  const wait = await secondFactorThrottle.consume(key);
  const fail = async (reason: 'invalid_code' | 'rate_limited'): Promise<SecondFactorResult> => {
    await recordAudit({ action: 'mfa.challenge_failed', actorUserId: userId, target: `user:${userId}`, ip: client.ip, detail: { via, reason } });
    return { ok: false, reason, retryAfterSeconds: wait || undefined };
  };
  if (wait > 0) return fail('rate_limited');
  if (!(await accepted(credential, factor))) return fail('invalid_code');
  await secondFactorThrottle.clear(key);
  if (via === 'recovery') {
    const remaining = await countUnusedRecoveryCodes(userId);
    await recordAudit({ action: 'mfa.recovery_code_used', actorUserId: userId, target: `user:${userId}`, ip: client.ip, detail: { remaining } });
  }
  return { ok: true, via };
}
