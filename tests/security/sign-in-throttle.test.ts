import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '@/lib/accounts/create-account';
import { db } from '@/lib/db';
import { auditEvents } from '@/lib/db/schema';
import { makeUser, TEST_PASSWORD } from '../support/users';
import { startApp, type App } from './support/app';
import { signInOverHttp } from './support/http';

const LIMIT = 10;
const WRONG = 'wrong wrong wrong 1';
const reason = (code: string | null) => (code ?? 'ok').split(':')[0];

async function lookAlikeUser() {
  const username = `secxbrute${Date.now().toString(36).slice(-6)}`;
  const result = await createAccount({
    email: `${username}@example.com`,
    username,
    firstName: 'Sec',
    lastName: 'Brute',
    address: '',
    password: TEST_PASSWORD,
    role: 'customer',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { id: result.id, username, email: `${username}@example.com` };
}

async function failedSignInAddresses(target: string): Promise<string[]> {
  const rows = await db
    .select({ ip: auditEvents.ip })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'auth.signin_failed'), eq(auditEvents.target, target)));
  return rows.map((row) => row.ip ?? 'null');
}

describe('sign-in throttle over HTTP (no trusted proxy)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(2, { LOGIN_MAX_ATTEMPTS: String(LIMIT), LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' });
  });
  afterAll(() => app?.stop());

  it('ignores a made-up X-Forwarded-For: the socket address is used and the account locks after the limit', async () => {
    const user = await makeUser();
    const reasons: string[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const outcome = await signInOverHttp(app.url, user.username, WRONG, { 'x-forwarded-for': `198.51.100.${i + 1}`, 'x-real-ip': `203.0.113.${i + 1}` });
      reasons.push(reason(outcome.code));
    }
    expect(reasons).toEqual([...Array(LIMIT).fill('invalid'), ...Array(3).fill('rate_limited')]);
    expect(new Set(await failedSignInAddresses(user.username))).toEqual(new Set(['127.0.0.1']));
    expect(reason((await signInOverHttp(app.url, user.username, TEST_PASSWORD)).code)).toBe('rate_limited');
  });

  it('checks at most the limit of 30 parallel wrong passwords (a point is consumed before the check)', async () => {
    const user = await makeUser();
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => signInOverHttp(app.url, user.username, WRONG)));
    const counts = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [reason(o.code)]: (acc[reason(o.code)] ?? 0) + 1 }), {});
    expect(counts).toEqual({ invalid: LIMIT, rate_limited: 30 - LIMIT });
  });

  it('counts the email and the username of one account against one limit', async () => {
    const user = await makeUser();
    for (let i = 0; i < LIMIT / 2; i++) {
      expect(reason((await signInOverHttp(app.url, user.email, WRONG)).code)).toBe('invalid');
      expect(reason((await signInOverHttp(app.url, user.username.toUpperCase(), WRONG)).code)).toBe('invalid');
    }
    expect(reason((await signInOverHttp(app.url, user.email, TEST_PASSWORD)).code)).toBe('rate_limited');
  });

  it('never signs in with a look-alike spelling, even with the right password', async () => {
    const user = await lookAlikeUser();
    for (const spelling of [user.username.replace('e', 'ë'), user.username.replace('s', 'ſ'), user.username.replace('u', 'ü'), user.email.replace('e', 'é')]) {
      const outcome = await signInOverHttp(app.url, spelling, TEST_PASSWORD);
      expect(outcome.ok, spelling).toBe(false);
      expect(reason(outcome.code), spelling).toBe('invalid');
    }
    expect((await signInOverHttp(app.url, user.username, TEST_PASSWORD)).ok).toBe(true);
  });

  it('counts look-alike guesses against the account they resolve to', async () => {
    const user = await lookAlikeUser();
    const spellings = [user.username.replace('e', 'é'), user.username.replace('s', 'ſ'), user.username.replace('u', 'ü'), user.username.toUpperCase()];
    for (let i = 0; i < LIMIT; i++) expect(reason((await signInOverHttp(app.url, spellings[i % spellings.length], WRONG)).code)).toBe('invalid');
    expect(reason((await signInOverHttp(app.url, user.username.replace('e', 'ë'), WRONG)).code)).toBe('rate_limited');
    expect(reason((await signInOverHttp(app.url, user.username, TEST_PASSWORD)).code)).toBe('rate_limited');
  });

  it('gives the points back when the sign-in succeeds', async () => {
    const user = await makeUser();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LIMIT - 1; i++) expect(reason((await signInOverHttp(app.url, user.username, WRONG)).code)).toBe('invalid');
      expect((await signInOverHttp(app.url, user.username, TEST_PASSWORD)).ok).toBe(true);
    }
  });
});

describe('client address behind a trusted proxy (TRUSTED_PROXY_HOPS=1)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(3, { TRUSTED_PROXY_HOPS: '1', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '3' });
  });
  afterAll(() => app?.stop());

  it('takes the address the proxy appended, not what the client wrote before it, and limits each address', async () => {
    const names = [`nobody-${Date.now()}-a`, `nobody-${Date.now()}-b`, `nobody-${Date.now()}-c`, `nobody-${Date.now()}-d`];
    const reasons: string[] = [];
    for (const name of names)
      reasons.push(reason((await signInOverHttp(app.url, name, WRONG, { 'x-forwarded-for': `10.9.9.${names.indexOf(name)}, 192.0.2.44` })).code));
    expect(reasons).toEqual(['invalid', 'invalid', 'invalid', 'rate_limited']);
    const rows = await db.select({ ip: auditEvents.ip }).from(auditEvents).where(inArray(auditEvents.target, names));
    expect(new Set(rows.map((row) => row.ip))).toEqual(new Set(['192.0.2.44']));
    const other = await signInOverHttp(app.url, `nobody-${Date.now()}-e`, WRONG, { 'x-forwarded-for': '192.0.2.45' });
    expect(reason(other.code)).toBe('invalid');
  });
});
