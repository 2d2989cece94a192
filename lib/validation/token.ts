/**
 * Why: an emailed token (32 random bytes, base64url) is checked for its shape — and so its length — before any
 * lookup, hash or redirect, by everything that reads one from a link or a form; anything else is no token at all.
 */
export const TOKEN_LENGTH = 43;
const TOKEN_SHAPE = new RegExp(`^[A-Za-z0-9_-]{${TOKEN_LENGTH}}$`);

/** The token text when `raw` has a token's shape, else null (an oversized value is never looked at further). */
export function tokenInput(raw: unknown): string | null {
  return typeof raw === 'string' && raw.length === TOKEN_LENGTH && TOKEN_SHAPE.test(raw) ? raw : null;
}
