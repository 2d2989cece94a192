/**
 * Why: the tests' second opinion on TOTP, written from RFC 6238 / RFC 4226 with node:crypto alone (no otpauth), so
 * the portal's library and this agree only if both follow the standard. Shared by vitest and Playwright.
 */
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

/**
 * The newest time step used per secret, kept in a file under test-results/ (Playwright's output folder, cleared at
 * the start of an e2e run) so a worker restarted after a failure does not offer a step the server already accepted.
 */
const STEPS_FILE = 'test-results/totp-steps.json';

function usedSteps(): Record<string, number> {
  return existsSync(STEPS_FILE) ? (JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>) : {};
}

function noteStep(secret: string, step: number): void {
  mkdirSync(dirname(STEPS_FILE), { recursive: true });
  writeFileSync(STEPS_FILE, JSON.stringify({ ...usedSteps(), [secret]: step }));
}

/**
 * A code the server has not seen yet: it accepts the previous, current and next time step, each once (a step
 * must be newer than the last one accepted). So the smallest of those three newer than the last step used is
 * taken, and only when all three are used does this wait for the next step. The previous step is skipped when
 * the current one ends within 8 s (it could expire before the server checks it). Computed with the tests' own
 * RFC 6238 implementation, not the portal's library.
 */
export async function nextCode(secret: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = stepAt(now);
    const secondsLeft = 30 - ((now / 1000) % 30);
    const earliest = secondsLeft > 8 ? current - 1 : current;
    const step = Math.max(earliest, (usedSteps()[secret] ?? -Infinity) + 1);
    if (step <= current + 1) {
      noteStep(secret, step);
      return hotp(secret, step);
    }
    await new Promise((resolve) => setTimeout(resolve, secondsLeft * 1000 + 500));
  }
}
