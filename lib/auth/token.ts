/**
 * Why: decrypting the session JWE (HKDF + AES) on every request was the main cost of a protected page, so the
 * decoded claims are cached by the exact cookie value until the token expires. Edge-safe: used by the proxy
 * (optimistic check) and by the DAL (which then checks the session row in MySQL).
 */
import { decode } from 'next-auth/jwt';
import { env } from '../env';
import { isRole, type Role } from './roles';

export type SessionClaims = { userId: number; role: Role; sessionId: string; expiresAt: number; enrol?: boolean };

export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;
const MAX_CACHED = 10_000;
const cache = new Map<string, SessionClaims | null>();

function remember(token: string, claims: SessionClaims | null): SessionClaims | null {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(token, claims);
  return claims;
}

async function decodeClaims(token: string, salt: string): Promise<SessionClaims | null> {
  try {
    const payload = await decode({ token, salt, secret: env.AUTH_SECRET ?? '' });
    if (!payload || typeof payload.uid !== 'number' || typeof payload.sid !== 'string' || !isRole(payload.role)) return null;
    return { userId: payload.uid, role: payload.role, sessionId: payload.sid, expiresAt: (payload.exp ?? 0) * 1000, enrol: payload.enrol === true };
  } catch {
    return null;
  }
}

/** Claims of the session cookie, or null when absent, forged, expired or signed with another secret. */
export async function readSessionClaims(getCookie: (name: string) => string | undefined): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIES) {
    const token = getCookie(name);
    if (!token) continue;
    const key = `${name}=${token}`;
    const claims = cache.has(key) ? cache.get(key)! : remember(key, await decodeClaims(token, name));
    if (claims && claims.expiresAt <= Date.now()) return null;
    return claims;
  }
  return null;
}
