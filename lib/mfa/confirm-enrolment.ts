import { secondFactorThrottle } from '../auth/login-throttle';
import { recordAudit } from '../db/queries/audit';
import { confirmCredential, findMfaCredential } from '../db/queries/mfa';
import type { ClientInfo } from '../request-info';
import { AppError } from '../errors';
import { issueRecoveryCodes } from './issue-recovery-codes';
import { tooManyCodes } from './refusal';
import { openSecret } from './secret-box';
import { matchingStep } from './totp';

/** Turns the pending secret on once the user proves their app has it; answers the recovery codes to show once. */
export async function confirmEnrolment(userId: number, code: string, client: ClientInfo): Promise<string[]> {
  const key = `user:${userId}`;
  const wait = await secondFactorThrottle.consume(key);
  if (wait > 0) throw tooManyCodes(wait);
  const credential = await findMfaCredential(userId);
  if (!credential) throw new AppError('CONFLICT', 'Start the setup again: no secret is waiting for a code.');
  if (credential.confirmedAt) throw new AppError('CONFLICT', 'Two-factor authentication is already on.');
  const step = matchingStep(openSecret(userId, credential.secretEncrypted), code);
  if (step === null) {
    await recordAudit({ action: 'mfa.challenge_failed', actorUserId: userId, target: `user:${userId}`, ip: client.ip, detail: { via: 'enrolment' } });
    throw new AppError('BAD_REQUEST', 'That code is not right. Enter the 6-digit code your app shows now.');
  }
  if (!(await confirmCredential(userId, step))) throw new AppError('CONFLICT', 'Two-factor authentication is already on.');
  await secondFactorThrottle.clear(key);
  const codes = await issueRecoveryCodes(userId);
  await recordAudit({ action: 'mfa.enrolled', actorUserId: userId, target: `user:${userId}`, ip: client.ip });
  return codes;
}
