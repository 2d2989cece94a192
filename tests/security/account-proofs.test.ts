/**
 * Issue #15, reproduced items 1–5: linking a sign-in to someone's records took only a "verified" email, and the
 * proofs of an address outlived the state they were made for. Each is driven over HTTP against the production server.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '@/lib/accounts/tokens';
import { analyticsDb } from '@/lib/analytics/mongo';
import { customerIdText } from '@/lib/analytics/customer-id';
import { verifyPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { setAnalyticsLink } from '@/lib/db/queries/analytics-links';
import { findUserById } from '@/lib/db/queries/users';
import { users } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { closeEmailQueue, getEmailQueue } from '@/lib/mail/queue';
import { closeMongoClient } from '@/lib/mongo/client';
import { insertCustomer } from '../analytics/support';
import { makeUser, TEST_PASSWORD } from '../support/users';
import { signedInAdmin } from './support/admin-api';
import { startApp, type App } from './support/app';
import { CookieJar, fetchWith, prepareForm, signInOverHttp, submitForm } from './support/http';

const LIMIT = 4;
const NEW_PASSWORD = 'orbit lantern velvet 4821';
const BORN = { birthdate: new Date('1971-08-09T02:20:31Z') };
const RACE_DELAYS_MS = [0, 5, 10, 15, 20, 30, 40, 60];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const verifiedUser = async () => {
  const user = await makeUser();
  await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
  return user;
};
const signedIn = async (app: App, username: string) => {
  const outcome = await signInOverHttp(app.url, username, TEST_PASSWORD);
  expect(outcome.ok).toBe(true);
  return outcome.jar;
};

describe('proofs of an address and links to customer records (issue #15, items 1–5)', () => {
  let app: App;
  beforeAll(async () => {
    // A real bcrypt cost on the server makes the reset's hash as slow as in production: the race has its window.
    app = await startApp(31, { LOGIN_MAX_ATTEMPTS: String(LIMIT), BCRYPT_COST: '10', SESSION_CACHE_TTL_MS: '60000', ANALYTICS_DB: env.ANALYTICS_DB });
  });
  afterAll(async () => {
    await app?.stop();
    await getEmailQueue().obliterate({ force: true });
    await closeEmailQueue();
    await (await analyticsDb()).collection('customers').deleteMany({ email: /@example\.com$/ });
    await closeMongoClient();
  });

  it('1: a reset racing an email change never verifies the new address', async () => {
    const hijacked: number[] = [];
    for (const delay of RACE_DELAYS_MS) {
      const attacker = await makeUser();
      const owned = `own-${attacker.username}@example.com`;
      await db.update(users).set({ email: owned, emailVerifiedAt: null }).where(eq(users.id, attacker.id));
      const token = await issueToken(attacker.id, 'reset_password', owned);
      const victim = `victim-${attacker.username}@example.com`;
      const changeEmailPost = await prepareForm(await signedIn(app, attacker.username), `${app.url}/profile`, 'emailChangePassword');
      const resetPost = await prepareForm(new CookieJar(), `${app.url}/reset-password?token=${token}`, 'newPassword');
      const reset = resetPost({ token, purpose: 'reset_password', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
      await sleep(delay);
      await Promise.all([reset, changeEmailPost({ email: victim, emailChangePassword: TEST_PASSWORD })]);
      const after = (await findUserById(attacker.id))!;
      if (after.email === victim && after.emailVerifiedAt) hijacked.push(delay);
    }
    expect(hijacked).toEqual([]);
  }, 120_000);

  it('2: opening a verify link proves nothing; only the signed-in owner confirms it, by POST', async () => {
    const attacker = await makeUser();
    const victim = `victim-${attacker.username}@example.com`;
    await db.update(users).set({ email: victim }).where(eq(users.id, attacker.id));
    const token = await issueToken(attacker.id, 'verify_email', victim);
    const link = `${app.url}/verify-email?token=${token}`;

    const scanner = await fetch(link);
    expect(scanner.status).toBe(200);
    expect(text(await scanner.text())).toContain('Sign in to confirm your email address');
    expect((await findUserById(attacker.id))!.emailVerifiedAt).toBeNull();

    const stranger = await makeUser();
    const strangerPage = text(await (await fetchWith(await signedIn(app, stranger.username), link)).text());
    expect(strangerPage).toContain('sent for a different account');

    const jar = await signedIn(app, attacker.username);
    expect(text(await (await fetchWith(jar, link)).text())).toContain(`Confirm that ${victim} belongs to ${attacker.username}.`);
    expect((await findUserById(attacker.id))!.emailVerifiedAt).toBeNull();
    expect((await submitForm(jar, link, 'token', { token })).status).toBe(303);
    const confirmed = await (await fetchWith(jar, `${app.url}/verify-email/confirmed`)).text();
    expect(text(confirmed)).toContain(`Thank you: ${victim} is confirmed as your address.`);
    expect((await findUserById(attacker.id))!.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it('1 (build): a verified customer links only with an account number and birth date, throttled per user', async () => {
    const user = await verifiedUser();
    const record = await insertCustomer(user.email, [{ products: ['Brokerage'], limit: 10000, buckets: [] }], BORN);
    const jar = await signedIn(app, user.username);
    const customerPage = text(await (await fetchWith(jar, `${app.url}/customer`)).text());
    expect(customerPage).toContain('Link your customer record');
    expect((await findUserById(user.id))!.analyticsCustomerId).toBeNull();
    const link = (birthDate: string) => submitForm(jar, `${app.url}/customer`, 'accountNumber', { accountNumber: String(record.accountIds[0]), birthDate });
    for (let i = 0; i < LIMIT; i++) expect((await link('1971-08-10')).html).toContain('No customer record with your email address has that account number');
    expect((await link('1971-08-09')).html).toContain('Too many attempts');
    expect((await findUserById(user.id))!.analyticsCustomerId).toBeNull();

    const other = await verifiedUser();
    const own = await insertCustomer(other.email, [{ products: ['Brokerage'], limit: 10000, buckets: [] }], BORN);
    const otherJar = await signedIn(app, other.username);
    const done = await submitForm(otherJar, `${app.url}/customer`, 'accountNumber', { accountNumber: String(own.accountIds[0]), birthDate: '1971-08-09' });
    expect(done.status).toBe(303);
    expect((await findUserById(other.id))!.analyticsCustomerId).toBe(customerIdText(own._id));
  });

  it('3: a link ends at once when the email changes (cached sessions too), the session stays, and the user is told', async () => {
    const user = await verifiedUser();
    const record = await insertCustomer(user.email, [], BORN);
    const recordName = `c${record._id.toHexString().slice(-8)}`;
    await setAnalyticsLink(user.id, { customerId: customerIdText(record._id), username: recordName });
    const jar = await signedIn(app, user.username);
    expect(text(await (await fetchWith(jar, `${app.url}/customer`)).text())).toContain(recordName);

    const changed = await submitForm(jar, `${app.url}/profile`, 'emailChangePassword', {
      email: `moved-${user.username}@example.com`,
      emailChangePassword: TEST_PASSWORD,
    });
    expect(text(changed.html)).toContain(`no longer linked to the customer record ${recordName}`);
    expect((await findUserById(user.id))!.analyticsCustomerId).toBeNull();
    const after = await fetchWith(jar, `${app.url}/customer`);
    expect(after.status).toBe(200);
    const page = text(await after.text());
    expect(page).not.toContain(recordName);
    expect(page).toContain('email address is not verified yet');
  });

  it('4: the current-password check of an email change is throttled like a password change', async () => {
    const user = await makeUser();
    const jar = await signedIn(app, user.username);
    const change = (password: string) =>
      submitForm(jar, `${app.url}/profile`, 'emailChangePassword', { email: `new-${user.username}@example.com`, emailChangePassword: password });
    for (let i = 0; i < LIMIT; i++) expect((await change('not my password 1')).html).toContain('Password is incorrect');
    const locked = await change(TEST_PASSWORD);
    expect(locked.html).toContain('Too many wrong passwords');
    expect(locked.html).not.toContain('Email changed');
    expect((await findUserById(user.id))!.email).toBe(user.email);
  });

  it('5: a reset link dies with a later email change, password change or disable', async () => {
    const admin = await signedInAdmin(app);
    const changes: Record<string, (user: Awaited<ReturnType<typeof makeUser>>) => Promise<unknown>> = {
      email: async (user) =>
        submitForm(await signedIn(app, user.username), `${app.url}/profile`, 'emailChangePassword', {
          email: `moved-${user.username}@example.com`,
          emailChangePassword: TEST_PASSWORD,
        }),
      password: async (user) =>
        submitForm(await signedIn(app, user.username), `${app.url}/profile`, 'currentPassword', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'granite orchard falcon 31',
          confirmPassword: 'granite orchard falcon 31',
        }),
      disable: (user) => submitForm(admin, `${app.url}/admin/users/${user.id}`, 'reason', { operation: 'disable', userId: String(user.id), reason: 'left' }),
    };
    const survived: string[] = [];
    for (const [name, change] of Object.entries(changes)) {
      const user = await makeUser();
      const token = await issueToken(user.id, 'reset_password', user.email);
      const reset = await prepareForm(new CookieJar(), `${app.url}/reset-password?token=${token}`, 'newPassword');
      await change(user);
      await reset({ token, purpose: 'reset_password', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
      if (await verifyPassword(NEW_PASSWORD, (await findUserById(user.id))!.passwordHash)) survived.push(name);
      expect(text(await (await fetch(`${app.url}/reset-password?token=${token}`)).text())).toContain('This link cannot be used');
    }
    expect(survived).toEqual([]);
  });
});
