import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, TAKEN_MESSAGES } from '@/lib/accounts/create-account';
import { authenticate } from '@/lib/auth/authenticate';
import { db } from '@/lib/db';
import { auditEvents, sessions } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { makeUser, TEST_PASSWORD } from '../support/users';

const client = (ip: string) => ({ ip, userAgent: 'vitest' });

describe('authenticate', () => {
  it('signs in by email or username, creates a session row and audits it', async () => {
    const user = await makeUser('management');
    for (const identifier of [user.email, user.username]) {
      const result = await authenticate(identifier, TEST_PASSWORD, client('10.0.0.1'));
      if (!result.ok) throw new Error(`refused: ${result.reason}`);
      const [row] = await db.select().from(sessions).where(eq(sessions.id, result.sessionId));
      expect(row).toMatchObject({ userId: user.id, ip: '10.0.0.1', userAgent: 'vitest', revokedAt: null });
      const audits = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'auth.signin'), eq(auditEvents.target, `session:${result.sessionId}`)));
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ actorUserId: user.id, ip: '10.0.0.1' });
    }
  });

  it('gives the same refusal for a wrong password and an unknown user, and audits both', async () => {
    const user = await makeUser();
    expect(await authenticate(user.username, 'wrong wrong wrong', client('10.0.0.2'))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await authenticate(`${user.username}x`, 'wrong wrong wrong', client('10.0.0.2'))).toMatchObject({ ok: false, reason: 'invalid' });
    const failures = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.signin_failed'), eq(auditEvents.ip, '10.0.0.2')));
    expect(failures.map((f) => f.actorUserId)).toEqual([user.id, null]);
  });

  it('refuses a disabled account even with the right password', async () => {
    const user = await makeUser();
    await db.execute(`UPDATE users SET status = 'disabled' WHERE id = ${user.id}`);
    expect(await authenticate(user.username, TEST_PASSWORD, client('10.0.0.3'))).toMatchObject({ ok: false, reason: 'disabled' });
  });

  it('throttles an account after LOGIN_MAX_ATTEMPTS failures from any address, even for the right password', async () => {
    const user = await makeUser();
    for (let i = 0; i < env.LOGIN_MAX_ATTEMPTS; i++) await authenticate(user.username, 'wrong wrong wrong', client(`10.1.0.${i}`));
    const result = await authenticate(user.email, TEST_PASSWORD, client('10.0.0.99'));
    expect(result).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(result.ok === false && result.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('throttles an address after LOGIN_MAX_ATTEMPTS_PER_ADDRESS failures across accounts', async () => {
    const ip = `10.2.${Date.now() % 250}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < env.LOGIN_MAX_ATTEMPTS_PER_ADDRESS; i++) await authenticate(`nobody-${ip}-${i}`, 'wrong wrong wrong', client(ip));
    const user = await makeUser();
    expect(await authenticate(user.username, TEST_PASSWORD, client(ip))).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(await authenticate(user.username, TEST_PASSWORD, client('10.0.0.98'))).toMatchObject({ ok: true });
  });
});

describe('createAccount', () => {
  it('reports a duplicate email and a duplicate username on their fields, case-insensitively', async () => {
    const user = await makeUser();
    const result = await createAccount({
      email: user.email.toUpperCase(),
      username: user.username.toUpperCase(),
      firstName: 'A',
      lastName: 'B',
      address: '',
      password: 'different words here 1',
      role: 'customer',
    });
    expect(result).toEqual({ ok: false, errors: { email: TAKEN_MESSAGES.email, username: TAKEN_MESSAGES.username } });
    const emailOnly = await createAccount({
      email: user.email,
      username: `${user.username}2`,
      firstName: 'A',
      lastName: 'B',
      address: '',
      password: 'different words here 1',
      role: 'customer',
    });
    expect(emailOnly).toEqual({ ok: false, errors: { email: TAKEN_MESSAGES.email } });
  });
});
