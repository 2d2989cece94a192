import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../support/users';
import { startApp, type App } from './support/app';
import { CookieJar, signInOverHttp, submitForm } from './support/http';

const LIMIT = 4;
const NEW_PASSWORD = 'orbit lantern velvet 4821';

describe('throttles on the profile password change and on sign-up (forms posted over HTTP)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(4, { LOGIN_MAX_ATTEMPTS: String(LIMIT), SIGNUP_MAX_PER_ADDRESS: '2' });
  });
  afterAll(() => app?.stop());

  it('limits wrong current passwords per user, and then refuses even the right one', async () => {
    const user = await makeUser();
    const { jar, ok } = await signInOverHttp(app.url, user.username, TEST_PASSWORD);
    expect(ok).toBe(true);
    const change = (currentPassword: string) =>
      submitForm(jar, `${app.url}/profile`, 'currentPassword', { currentPassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    for (let i = 0; i < LIMIT; i++) expect((await change('not my password 1')).html).toContain('Current password is incorrect');
    const locked = await change(TEST_PASSWORD);
    expect(locked.html).toContain('Too many wrong current passwords');
    expect(locked.html).not.toContain('Password changed');
    expect((await signInOverHttp(app.url, user.username, TEST_PASSWORD)).ok).toBe(true);
  });

  it('limits sign-ups per client address', async () => {
    const statuses: number[] = [];
    let last = '';
    for (let i = 0; i < 3; i++) {
      const username = `su${Date.now().toString(36)}${i}`;
      const { status, html } = await submitForm(new CookieJar(), `${app.url}/signup`, 'confirmPassword', {
        email: `${username}@example.com`,
        username,
        firstName: 'Sign',
        lastName: 'Up',
        address: '',
        password: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      });
      statuses.push(status);
      last = html;
    }
    expect(statuses.slice(0, 2).every((status) => status === 303)).toBe(true);
    expect(statuses[2]).toBe(200);
    expect(last).toContain('Too many accounts were created from your network');
  });
});
