/**
 * Every page the journeys do not already check, for every role: no serious or critical axe violation, and no
 * sideways scrolling at 390 px or 1280 px (the sign-in pages, each role's profile and home, the admin home, the
 * "Access denied", "Not found" and "Service temporarily unavailable" pages).
 */
import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_DOWN_PORT } from './support/env';

test('sign-in and sign-up pages', async ({ page }) => {
  for (const path of ['/login', '/signup']) {
    await page.goto(path);
    await atBothWidths(page, () => expectAccessible(page, path));
  }
});

test('pages name an icon the server serves (the browser asks for none that 404s)', async ({ page, request }) => {
  await page.goto('/login');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

for (const user of DEMO_USERS) {
  test(`${user.role}: home, profile and the pages it may not open`, async ({ page }) => {
    // Four pages at two widths each, plus the staff's two-factor step: past the 60 s default on a busy machine.
    test.setTimeout(120_000);
    await signIn(page, user.username, user.password);
    for (const path of [`/${user.role}`, '/profile']) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await atBothWidths(page, () => expectAccessible(page, `${user.role} ${path}`));
    }
    if (user.role !== 'admin') {
      expect((await page.goto('/admin'))?.status()).toBe(403);
      await atBothWidths(page, () => expectAccessible(page, `${user.role} access denied`));
    }
    expect((await page.goto('/no-such-page'))?.status()).toBe(404);
    await atBothWidths(page, () => expectAccessible(page, 'not found'));
  });
}

test('the 503 page while MySQL is down', async ({ page }) => {
  expect((await page.goto(`http://127.0.0.1:${E2E_DOWN_PORT}/login`))?.status()).toBe(503);
  await atBothWidths(page, () => expectAccessible(page, 'service unavailable'));
});
