/** Why: ten single-use recovery codes, random enough (≈ 50 bits each) that a plain SHA-256 is a safe way to store them. */
import { createHash, randomInt } from 'node:crypto';

const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored form of a code as typed (any case, spaces or dashes). */
export function recoveryCodeHash(typed: string): string {
  return createHash('sha256')
    .update(typed.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .digest('hex');
}
