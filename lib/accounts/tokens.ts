/**
 * Why: the emailed links (verify email, reset password, set password) share one token scheme: 32 random bytes,
 * base64url in the link, only the SHA-256 stored; single use (an atomic UPDATE … WHERE used_at IS NULL) and a
 * validity per purpose. An altered token simply matches no row. A token is bound to the account state it was
 * issued for: its address (and, for password links, an active account); any change of email, password, status or
 * role retires it (lib/db/queries/users.ts), and the write it allows re-checks that state in its WHERE.
 */
import { createHash, randomBytes } from 'node:crypto';
import { findTokenByHash, insertToken, markTokenUsed } from '../db/queries/auth-tokens';
import { findUserById } from '../db/queries/users';
import type { AuthToken, User } from '../db/schema';
import { tokenInput } from '../validation/token';

export type TokenPurpose = AuthToken['purpose'];

export const TOKEN_VALIDITY_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 3600_000,
  reset_password: 30 * 60_000,
  set_password: 72 * 3600_000,
};

export type TokenProblem = 'invalid' | 'used' | 'expired' | 'account-changed';
export type TokenCheck = { ok: true; token: AuthToken } | { ok: false; problem: TokenProblem; token?: AuthToken };

export function hashToken(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** A new token for the user's address; the raw value goes only into the email. */
export async function issueToken(userId: number, purpose: TokenPurpose, email: string): Promise<string> {
  const raw = randomBytes(32).toString('base64url');
  await insertToken({ userId, purpose, email, tokenHash: hashToken(raw), expiresAt: new Date(Date.now() + TOKEN_VALIDITY_MS[purpose]) });
  return raw;
}

/** Whether the link is still good, without using it (to decide which page to show). */
export async function checkToken(raw: unknown, purpose: TokenPurpose): Promise<TokenCheck> {
  const text = tokenInput(raw);
  if (text === null) return { ok: false, problem: 'invalid' };
  const token = await findTokenByHash(hashToken(text), purpose);
  if (!token) return { ok: false, problem: 'invalid' };
  if (token.usedAt) return { ok: false, problem: 'used', token };
  if (token.expiresAt.getTime() <= Date.now()) return { ok: false, problem: 'expired', token };
  return { ok: true, token };
}

/** Uses the token: succeeds once; a second use, a late use or an altered token gets the problem to show. */
export async function consumeToken(raw: unknown, purpose: TokenPurpose): Promise<TokenCheck> {
  const check = await checkToken(raw, purpose);
  if (!check.ok) return check;
  if (await markTokenUsed(check.token.id)) return check;
  return checkToken(raw, purpose);
}

export type AccountCheck = { ok: true; user: User } | { ok: false; problem: TokenProblem };

/** The token's account, while it still has the address (and, for password links, the active status) it was issued for. */
export async function tokenAccount(token: AuthToken): Promise<AccountCheck> {
  const user = await findUserById(token.userId);
  if (!user) return { ok: false, problem: 'invalid' };
  const changed = user.email !== token.email || (token.purpose !== 'verify_email' && user.status !== 'active');
  return changed ? { ok: false, problem: 'account-changed' } : { ok: true, user };
}
