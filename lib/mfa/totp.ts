/**
 * Why: RFC 6238 as authenticator apps implement it (SHA-1, 6 digits, 30 s steps), through the otpauth library.
 * Verification answers the time step a code belongs to, so the caller can refuse a step already used.
 */
import { Secret, TOTP } from 'otpauth';

const TOTP_ISSUER = 'Sync Portal';
const PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Codes of the previous and the next step are accepted too (clock skew). */
const SKEW_STEPS = 1;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, accountName: string): string {
  return new TOTP({ issuer: TOTP_ISSUER, label: accountName, secret: Secret.fromBase32(secret), ...PARAMS }).toString();
}

function timeStep(now = Date.now()): number {
  return TOTP.counter({ period: PARAMS.period, timestamp: now });
}

/** The time step whose code `code` is (within the skew), or null. */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), ...PARAMS, timestamp: now, window: SKEW_STEPS });
  return delta === null ? null : timeStep(now) + delta;
}
