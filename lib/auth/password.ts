/**
 * Why: bcrypt reads only the first 72 bytes of its input, so two long passwords sharing a prefix would match.
 * We pre-hash with SHA-384 (64 base64 characters, no NUL bytes) so every byte counts, then bcrypt at the
 * configured cost. Unknown users are compared against a dummy hash so both failure paths cost the same.
 */
import { createHash } from 'node:crypto';
import { env } from '../env';
import { bcryptCompare, bcryptHash } from './hash-pool';

function prehash(password: string): string {
  return createHash('sha384').update(password, 'utf8').digest('base64');
}

export function hashPassword(password: string): Promise<string> {
  return bcryptHash(prehash(password), env.BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcryptCompare(prehash(password), hash);
}

let dummyHash: Promise<string> | undefined;

/** Spends the same work as a real comparison, for sign-ins naming an account that does not exist. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-dummy');
  await verifyPassword(password, await dummyHash);
  return false;
}
