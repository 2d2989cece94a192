/**
 * Why: between a correct password and a correct code no session exists; the browser holds only this short-lived
 * signed ticket (an httpOnly cookie). It names the user, expires after 5 minutes, and is bound to the account's
 * password hash and status, so a password change or a disable kills it. HMAC-SHA256 under a key derived from
 * MFA_ENCRYPTION_KEY; compared in constant time.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { User } from '../db/schema';
import { derivedKey } from './secret-box';

export const PENDING_SIGN_IN_COOKIE = 'sp_mfa_pending';
export const PENDING_SIGN_IN_SECONDS = 5 * 60;

const binding = (user: Pick<User, 'id' | 'passwordHash' | 'status'>) =>
  createHash('sha256').update(`${user.id}:${user.status}:${user.passwordHash}`).digest('base64url').slice(0, 22);

const mac = (payload: string) => createHmac('sha256', derivedKey('pending-sign-in')).update(payload).digest('base64url');

export function issuePendingSignIn(user: Pick<User, 'id' | 'passwordHash' | 'status'>, now = Date.now()): string {
  const payload = `${user.id}.${now + PENDING_SIGN_IN_SECONDS * 1000}.${binding(user)}`;
  return `${payload}.${mac(payload)}`;
}

/** The user id the ticket names, if its signature holds and it has not expired; bind it with `pendingSignInMatches`. */
export function readPendingSignIn(ticket: string, now = Date.now()): number | null {
  const parts = ticket.split('.');
  if (parts.length !== 4) return null;
  const payload = parts.slice(0, 3).join('.');
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(parts[3]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, expiresAt] = parts.map(Number);
  return Number.isSafeInteger(userId) && expiresAt > now ? userId : null;
}

export function pendingSignInMatches(ticket: string, user: Pick<User, 'id' | 'passwordHash' | 'status'>): boolean {
  return ticket.split('.')[2] === binding(user) && user.status === 'active';
}
