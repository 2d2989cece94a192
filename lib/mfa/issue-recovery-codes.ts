import { replaceRecoveryCodes } from '../db/queries/mfa';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';

/** A fresh set of recovery codes (the old set dies); the plain codes are returned once, to be shown once. */
export async function issueRecoveryCodes(userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(userId, codes.map(recoveryCodeHash));
  return codes;
}
