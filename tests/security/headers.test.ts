import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../support/users';
import { startApp, type App } from './support/app';
import { signInOverHttp } from './support/http';

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers (over HTTP)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(6);
  });
  afterAll(() => app?.stop());

  it.each(['/login', '/signup', '/', '/access-denied', '/no-such-page'])(
    '%s carries a nonce CSP that its scripts use, and the fixed headers',
    async (pathname) => {
      const response = await fetch(`${app.url}${pathname}`, { redirect: 'manual' });
      const csp = directives(response.headers.get('content-security-policy'));
      const scripts = csp.get('script-src') ?? [];
      const nonce = scripts.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce).toBeTruthy();
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      const html = await response.text();
      const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('mints a new nonce for every request', async () => {
    const [a, b] = await Promise.all([fetch(`${app.url}/login`), fetch(`${app.url}/login`)]);
    expect(a.headers.get('content-security-policy')).not.toBe(b.headers.get('content-security-policy'));
  });

  it('JSON answers and static files are not sniffed and cannot be framed', async () => {
    const health = await fetch(`${app.url}/api/health?check=mysql`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(directives(health.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"]);
    const chunk = readdirSync(path.resolve(import.meta.dirname, '../../.next/static/chunks')).find((name) => name.endsWith('.js'))!;
    const asset = await fetch(`${app.url}/_next/static/chunks/${chunk}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('over https: HSTS, upgrade-insecure-requests and Secure session cookies', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const page = await fetch(`${app.url}/login`, { headers: https });
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(directives(page.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
    const user = await makeUser();
    const { response, jar } = await signInOverHttp(app.url, user.username, TEST_PASSWORD, https);
    const session = response.headers.getSetCookie().find((line) => line.includes('session-token'));
    expect(session).toMatch(/^__Secure-authjs\.session-token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(jar.get('__Secure-authjs.session-token')).toBeTruthy();
  });
});
