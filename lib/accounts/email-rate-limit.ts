/**
 * Why: links by email cost us a message and the recipient an inbox entry, so asking for them is bounded per
 * requesting address and per account (or email asked about), with the shared throttle (lib/auth/throttle.ts).
 */
import { createThrottle, retryPhrase } from '../auth/throttle';

const FIFTEEN_MINUTES = 15 * 60;

export const EMAIL_THROTTLES = {
  /** One address may ask for many accounts' links only so often (a spray against many inboxes). */
  'reset-ip': createThrottle('mail-limit:reset-ip', 20, 60 * 60),
  'reset-account': createThrottle('mail-limit:reset-account', 3, FIFTEEN_MINUTES),
  'verify-account': createThrottle('mail-limit:verify-account', 3, FIFTEEN_MINUTES),
};

/** Takes one point; returns 0 when allowed, else the seconds until the next is allowed. */
export function takeEmailPoint(name: keyof typeof EMAIL_THROTTLES, key: string): Promise<number> {
  return EMAIL_THROTTLES[name].consume(key.toLowerCase());
}

export function waitMessage(seconds: number): string {
  return `Too many requests. ${retryPhrase(seconds)}`;
}
