import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkToken, consumeToken, issueToken, TOKEN_VALIDITY_MS } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { authTokens } from '@/lib/db/schema';
import { makeUser } from '../support/users';

const rowsOf = (userId: number) => db.select().from(authTokens).where(eq(authTokens.userId, userId));

describe('emailed tokens', () => {
  it('stores only the SHA-256 of a random token, with the purpose, address and validity', async () => {
    const user = await makeUser();
    const before = Date.now();
    const raw = await issueToken(user.id, 'reset_password', user.email);
    expect(raw).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await rowsOf(user.id);
    expect(row.tokenHash).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(raw);
    expect(row).toMatchObject({ purpose: 'reset_password', email: user.email, usedAt: null });
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(TOKEN_VALIDITY_MS.reset_password - 1000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(TOKEN_VALIDITY_MS.reset_password + 1000);
    expect(await issueToken(user.id, 'reset_password', user.email)).not.toBe(raw);
  });

  it('works once: a second use reports "used"', async () => {
    const user = await makeUser();
    const raw = await issueToken(user.id, 'verify_email', user.email);
    const first = await consumeToken(raw, 'verify_email');
    expect(first.ok && first.token.userId).toBe(user.id);
    expect(await consumeToken(raw, 'verify_email')).toMatchObject({ ok: false, problem: 'used' });
  });

  it('lets only one of two simultaneous uses through', async () => {
    const user = await makeUser();
    const raw = await issueToken(user.id, 'reset_password', user.email);
    const results = await Promise.all([consumeToken(raw, 'reset_password'), consumeToken(raw, 'reset_password'), consumeToken(raw, 'reset_password')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('refuses an expired token', async () => {
    const user = await makeUser();
    const raw = await issueToken(user.id, 'reset_password', user.email);
    await db
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.userId, user.id));
    expect(await checkToken(raw, 'reset_password')).toMatchObject({ ok: false, problem: 'expired' });
    expect(await consumeToken(raw, 'reset_password')).toMatchObject({ ok: false, problem: 'expired' });
  });

  it('refuses an altered token, a token of another purpose and garbage', async () => {
    const user = await makeUser();
    const raw = await issueToken(user.id, 'reset_password', user.email);
    const altered = `${raw.slice(0, -1)}${raw.endsWith('A') ? 'B' : 'A'}`;
    expect(await consumeToken(altered, 'reset_password')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(await consumeToken(raw, 'set_password')).toMatchObject({ ok: false, problem: 'invalid' });
    for (const bad of [undefined, '', 'x', `${raw}x`, ['a'], "' OR 1=1 --"])
      expect(await checkToken(bad, 'reset_password')).toMatchObject({ ok: false, problem: 'invalid' });
    expect((await consumeToken(raw, 'reset_password')).ok).toBe(true);
  });

  it('retires the earlier link when a new one is issued', async () => {
    const user = await makeUser();
    const first = await issueToken(user.id, 'reset_password', user.email);
    const second = await issueToken(user.id, 'reset_password', user.email);
    expect(await checkToken(first, 'reset_password')).toMatchObject({ ok: false, problem: 'used' });
    expect((await checkToken(second, 'reset_password')).ok).toBe(true);
  });
});
