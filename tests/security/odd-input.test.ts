import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '@/lib/accounts/tokens';
import { pool } from '@/lib/db';
import { findUserById } from '@/lib/db/queries/users';
import { getMongoClient } from '@/lib/mongo/client';
import { LANE_SUFFIX } from '../support/lane';
import { makeUser } from '../support/users';
import { dropDatabases, seedSource, signedInAdmin, SOURCE_DB } from './support/admin-api';
import { startApp, type App } from './support/app';
import { expectSecurityHeaders, formActionId, rawRequest } from './support/odd-requests';
import { CookieJar, fetchWith, submitForm } from './support/http';

const ANALYTICS_DB = `test_sec_analytics${LANE_SUFFIX}`;
const SPEC = {
  source: { db: SOURCE_DB, collection: 'source' },
  target: { db: SOURCE_DB, collection: 'target' },
  mode: 'insert',
  batchSize: 1000,
  verify: 'none',
};

describe('odd input from an attack review gets a 4xx with the security headers (over HTTP)', () => {
  let app: App;
  let admin: CookieJar;
  beforeAll(async () => {
    await seedSource();
    await (
      await getMongoClient()
    )
      .db(ANALYTICS_DB)
      .collection('customers')
      .insertOne({ username: 'victim', email: 'victim@example.com', accounts: [1] });
    app = await startApp(10, { ANALYTICS_DB });
    admin = await signedInAdmin(app);
  });
  afterAll(async () => {
    await app?.stop();
    await pool.query("DELETE FROM sync_schedules WHERE name LIKE 'odd-%'");
    await dropDatabases(ANALYTICS_DB);
  });

  describe('6: cron patterns', () => {
    it('saved patterns the scheduler cannot fire or describe still list (SQL-written rows), as "Invalid pattern"', async () => {
      await pool.query(
        "INSERT INTO sync_schedules (name, spec, cron, timezone) VALUES ('odd-hash', ?, 'H * * * * *', 'UTC'), ('odd-feb30', ?, '0 0 30 2 *', 'UTC')",
        [JSON.stringify(SPEC), JSON.stringify(SPEC)],
      );
      const response = await fetchWith(admin, `${app.url}/admin/sync/schedules`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('odd-feb30');
      expect(html).toContain('Invalid pattern');
      expect(html).toContain('Cron &quot;H * * * * *&quot;');
    });

    it('a pattern longer than the column (120) is refused with a field error', async () => {
      const minutes = Array.from({ length: 60 }, (_, i) => i).join(',');
      const { status, html } = await submitForm(admin, `${app.url}/admin/sync/schedules/new`, 'cron', {
        name: 'odd-long',
        kind: 'cron',
        cron: `${minutes} 2 * * *`,
        timezone: 'UTC',
        overlap: 'skip',
        sourceDb: SOURCE_DB,
        sourceCollection: 'source',
        targetDb: SOURCE_DB,
        targetCollection: 'target',
        mode: 'insert',
        batchSize: '1000',
        verify: 'none',
      });
      expect(status).toBeLessThan(500);
      expect(html).toContain('cron pattern must be at most 120 characters');
    });
  });

  it('7: a server-action body over the limit sent chunked (no Content-Length): 411', async () => {
    const id = await formActionId(`${app.url}/signup`);
    const { status, headers } = await rawRequest(app.url, 'POST', '/signup', {
      headers: { 'next-action': id, origin: app.url, 'content-type': 'text/plain;charset=UTF-8', 'transfer-encoding': 'chunked' },
      chunks: Array.from({ length: 16 }, () => Buffer.alloc(256 * 1024, 0x61)),
    });
    expect(status).toBe(411);
    expectSecurityHeaders(headers);
  });

  describe('8: requests Next cannot route or decode', () => {
    it.each([
      '/api/uploads/%ff',
      '/api/auth/%ff',
      '/api/management/figures/%ff',
      '/login?reason=__proto__',
      '/login?reason=toString',
      '/login?reason=constructor',
    ])('anonymous GET %s', async (target) => {
      const { status, headers } = await rawRequest(app.url, 'GET', target);
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(500);
      expectSecurityHeaders(headers);
    });

    it.each(['/customer/accounts/%ff', '/admin/users/%ff', '/admin/sync/%ff'])('signed-in GET %s: 400', async (target) => {
      const { status, headers } = await rawRequest(app.url, 'GET', target, { headers: { cookie: admin.header() } });
      expect(status).toBe(400);
      expectSecurityHeaders(headers);
    });

    it.each(['OPTIONS', 'GET', 'POST'])('%s * (an asterisk request target): 400', async (method) => {
      const { status, headers } = await rawRequest(app.url, method, '*');
      expect(status).toBe(400);
      expectSecurityHeaders(headers);
    });

    it.each([
      ['text/plain;charset=UTF-8', '0=not json'],
      ['text/plain;charset=UTF-8', '[]'],
      ['text/plain;charset=UTF-8', '{}'],
      ['text/plain;charset=UTF-8', '[{}, "$h1"]'],
      ['text/plain;charset=UTF-8', '[{}, "$Q1"]'],
      ['application/json', 'null'],
    ])('a fetch-style action envelope (%s) %s: 400', async (type, body) => {
      const id = await formActionId(`${app.url}/login`);
      const { status, headers } = await rawRequest(app.url, 'POST', '/login', {
        headers: { 'next-action': id, origin: app.url, 'content-type': type },
        chunks: [body],
      });
      expect(status).toBe(400);
      expectSecurityHeaders(headers);
    });

    it.each([
      ['a root that is not JSON', { '0': 'not json' }],
      ['no root', { '1_identifier': 'x' }],
    ])('a multipart action envelope with %s: 400', async (_label, fields) => {
      const id = await formActionId(`${app.url}/login`);
      const body = new FormData();
      for (const [name, value] of Object.entries(fields)) body.append(name, value);
      const response = await fetch(`${app.url}/login`, { method: 'POST', headers: { 'next-action': id, origin: app.url }, body, redirect: 'manual' });
      expect(response.status).toBe(400);
      expectSecurityHeaders(Object.fromEntries(response.headers));
    });

    it('a no-JavaScript form post whose bound arguments are not JSON: 400', async () => {
      const id = await formActionId(`${app.url}/login`);
      const body = new FormData();
      body.append('$ACTION_REF_1', '');
      body.append('$ACTION_1:0', JSON.stringify({ id, bound: '$@1' }));
      body.append('$ACTION_1:1', 'not json');
      const response = await fetch(`${app.url}/login`, { method: 'POST', headers: { origin: app.url }, body, redirect: 'manual' });
      expect(response.status).toBe(400);
      expectSecurityHeaders(Object.fromEntries(response.headers));
    });

    it('a server action from a foreign Origin: 403', async () => {
      const id = await formActionId(`${app.url}/login`);
      const { status, headers } = await rawRequest(app.url, 'POST', '/login', {
        headers: { 'next-action': id, origin: 'https://evil.example', 'content-type': 'text/plain;charset=UTF-8' },
        chunks: ['[{}, "$K1"]'],
      });
      expect(status).toBe(403);
      expectSecurityHeaders(headers);
    });
  });

  it.each(['{"$ne":null}', '{"$where":"sleep(100)"}', '{"_bsontype":"Code","code":"1"}', '{"$oid":"zz"}'])(
    '9: link-customer with customerId %s is refused as no record id, and links nothing',
    async (customerId) => {
      const customer = await makeUser('customer');
      const { status, html } = await submitForm(admin, `${app.url}/admin/users/${customer.id}`, 'reason', {
        operation: 'link-customer',
        userId: String(customer.id),
        customerId,
      });
      expect(status).toBeLessThan(500);
      expect(html).toContain('That is not an analytics customer record id');
      expect((await findUserById(customer.id))?.analyticsCustomerId).toBeNull();
    },
  );

  it.each(['0x{hex}', '{id}e0', ' {id}', '{id}.0'])('9: a user id written as %s is no user id', async (written) => {
    const customer = await makeUser('customer');
    const userId = written.replace('{hex}', customer.id.toString(16)).replace('{id}', String(customer.id));
    const { status, html } = await submitForm(admin, `${app.url}/admin/users/${customer.id}`, 'reason', { operation: 'revoke-all', userId });
    expect(status).toBeLessThan(500);
    expect(html).toContain('Unknown user');
  });

  describe('10: bodies and tokens are bounded before they are read', () => {
    it('an anonymous JSON route refuses an 8 MB body on the session, without parsing it', async () => {
      const response = await fetch(`${app.url}/api/admin/sync/jobs`, {
        method: 'POST',
        headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
        body: `{"filter": "${'x'.repeat(8 * 1024 * 1024)}`,
      });
      expect(response.status).toBe(401);
    });

    it('a 1 MB reset token in the form is not echoed into the redirect', async () => {
      const user = await makeUser('customer');
      const token = await issueToken(user.id, 'reset_password', user.email);
      const { status, location } = await submitForm(new CookieJar(), `${app.url}/reset-password?token=${token}`, 'purpose', {
        token: 'A'.repeat(1024 * 1024),
        purpose: 'reset_password',
        newPassword: 'a brand new passphrase 42',
        confirmPassword: 'a brand new passphrase 42',
      });
      expect(status).toBe(303);
      expect(location).toBe('/reset-password?token=');
    });
  });
});
