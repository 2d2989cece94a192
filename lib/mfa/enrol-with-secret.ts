import { insertConfirmedCredential } from '../db/queries/mfa';
import { sealSecret } from './secret-box';

/** Enrols a user just created with a known secret, for the documented demo accounts and tests only (never from a page). */
export async function enrolWithSecret(userId: number, secret: string): Promise<void> {
  await insertConfirmedCredential(userId, sealSecret(userId, secret));
}
