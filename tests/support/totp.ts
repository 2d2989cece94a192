/**
 * Why: the tests' second opinion on TOTP, written from RFC 6238 / RFC 4226 with node:crypto alone (no otpauth), so
 * the portal's library and this agree only if both follow the standard. Shared by vitest and Playwright.
 */
import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Bytes(secret: string): Buffer {
  let bits = '';
  for (const char of secret.replace(/=+$/, '').toUpperCase()) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    bits += index.toString(2).padStart(5, '0');
  }
  return Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
}

/** RFC 4226 HOTP: HMAC-SHA1 of the 8-byte big-endian counter, dynamic truncation, 6 digits. */
export function hotp(secret: string, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', base32Bytes(secret)).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(binary).padStart(6, '0');
}

export const stepAt = (ms: number) => Math.floor(ms / 1000 / 30);

/** The RFC 6238 code for a time (30-second steps from the Unix epoch). */
export function totpAt(secret: string, ms = Date.now()): string {
  return hotp(secret, stepAt(ms));
}

/** A secret that every staff user made by tests/support/users.ts is enrolled with. */
export const TEST_TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
