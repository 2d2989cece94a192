import { findMfaCredential, insertPendingCredential } from '../db/queries/mfa';
import { AppError } from '../errors';
import { qrDataUrl } from './qr';
import { openSecret, sealSecret } from './secret-box';
import { newTotpSecret, totpUri } from './totp';

export type PendingEnrolment = { secret: string; uri: string; qr: string };

/**
 * The secret waiting for its first code: created once and shown again on every visit until confirmed (so a reload
 * does not invalidate what the user already scanned). After confirmation it is never shown again.
 */
export async function startEnrolment(user: { id: number; email: string }): Promise<PendingEnrolment> {
  const credential = (await findMfaCredential(user.id)) ?? (await insertPendingCredential(user.id, sealSecret(user.id, newTotpSecret())));
  if (credential.confirmedAt) throw new AppError('CONFLICT', 'Two-factor authentication is already on.');
  const secret = openSecret(user.id, credential.secretEncrypted);
  const uri = totpUri(secret, user.email);
  return { secret, uri, qr: await qrDataUrl(uri) };
}
