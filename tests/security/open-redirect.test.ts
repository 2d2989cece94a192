import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { makeUser, TEST_PASSWORD } from '../support/users';
import { startApp, type App } from './support/app';
import { fetchWith, signInOverHttp, type CookieJar } from './support/http';

const TRICKS = [
  '/.//evil.example',
  '/..//evil.example',
  '/%2e//evil.example',
  '/a/..//evil.example',
  '/%2E%2E//evil.example/x?y=1',
  '/customer/..//evil.example',
];

describe('callbackUrl that normalises to another host', () => {
  it.each(TRICKS)('%s falls back to the role home (the sign-in action redirect)', (raw) => {
    expect(safeCallbackUrl(raw, 'customer')).toBe('/customer');
  });

  it('still keeps a normalised same-origin path', () => {
    expect(safeCallbackUrl('/customer/./x/../?a=1#h', 'customer')).toBe('/customer/?a=1#h');
  });
});

describe('GET /login?callbackUrl=… as a signed-in user (over HTTP)', () => {
  let app: App;
  let jar: CookieJar;

  beforeAll(async () => {
    app = await startApp(1);
    const user = await makeUser('customer');
    const signedIn = await signInOverHttp(app.url, user.username, TEST_PASSWORD);
    expect(signedIn.ok).toBe(true);
    jar = signedIn.jar;
  });
  afterAll(() => app?.stop());

  it.each(TRICKS)('%s redirects within our origin', async (raw) => {
    const response = await fetchWith(jar, `${app.url}/login?callbackUrl=${encodeURIComponent(raw)}`);
    expect(response.status).toBe(307);
    const location = response.headers.get('location')!;
    expect(new URL(location, app.url).origin).toBe(app.url);
    expect(location).not.toMatch(/^\/\/|^[a-z]+:/i);
    expect(new URL(location, app.url).pathname).toBe('/customer');
  });
});
