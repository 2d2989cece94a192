import { recordAudit } from '../db/queries/audit';
import { findMfaCredential } from '../db/queries/mfa';
import type { ClientInfo } from '../request-info';
import { AppError } from '../errors';
import { issueRecoveryCodes } from './issue-recovery-codes';
import { secondFactorRefusal } from './refusal';
import { verifySecondFactor } from './verify-second-factor';

/** New recovery codes for a user who proves a current authenticator code; every old code stops working. */
export async function regenerateRecoveryCodes(userId: number, code: string, client: ClientInfo): Promise<string[]> {
  const credential = await findMfaCredential(userId);
  if (!credential?.confirmedAt) throw new AppError('CONFLICT', 'Two-factor authentication is not on.');
  const check = await verifySecondFactor(credential, { code }, client);
  if (!check.ok) throw secondFactorRefusal(check);
  const codes = await issueRecoveryCodes(userId);
  await recordAudit({ action: 'mfa.recovery_codes_regenerated', actorUserId: userId, target: `user:${userId}`, ip: client.ip });
  return codes;
}
