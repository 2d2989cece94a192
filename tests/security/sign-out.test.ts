import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../support/users';
import { startApp, type App } from './support/app';
import { csrfToken, fetchWith, signInOverHttp } from './support/http';

describe("POST /api/auth/signout (Auth.js's own route)", () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(5);
  });
  afterAll(() => app?.stop());

  it('ends the session row: a copy of the old cookie no longer opens pages', async () => {
    const user = await makeUser();
    const { jar, ok } = await signInOverHttp(app.url, user.username, TEST_PASSWORD);
    expect(ok).toBe(true);
    const oldCookie = jar.header();
    expect((await fetch(`${app.url}/profile`, { headers: { cookie: oldCookie }, redirect: 'manual' })).status).toBe(200);

    const token = await csrfToken(app.url, jar);
    const signOut = await fetchWith(jar, `${app.url}/api/auth/signout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken: token, callbackUrl: `${app.url}/login` }),
    });
    expect(signOut.status).toBe(302);

    const replay = await fetch(`${app.url}/profile`, { headers: { cookie: oldCookie }, redirect: 'manual' });
    expect(replay.status).toBe(307);
    expect(replay.headers.get('location')).toContain('/login');
  });
});
