/** Journeys for issue 10's browser-side findings: the open redirect and the Content-Security-Policy. */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { navGroupsFor } from '../lib/auth/nav';
import { signIn } from './support/auth';
import { E2E_BASE_URL } from './support/env';

const EVIL = '/.//evil.example';

test('a signed-in user opening /login?callbackUrl=/.//evil.example stays on our origin', async ({ page }) => {
  const customer = DEMO_USERS.find((u) => u.role === 'customer')!;
  await signIn(page, customer.username, customer.password);
  await page.goto(`/login?callbackUrl=${encodeURIComponent(EVIL)}`);
  expect(new URL(page.url()).origin).toBe(E2E_BASE_URL);
  await expect(page).toHaveURL(/\/customer$/);
});

test('signing in from /login?callbackUrl=/.//evil.example lands on the role home', async ({ page }) => {
  const technician = DEMO_USERS.find((u) => u.role === 'technician')!;
  await signIn(page, technician.username, technician.password, `/login?callbackUrl=${encodeURIComponent(EVIL)}`);
  expect(new URL(page.url()).origin).toBe(E2E_BASE_URL);
  await expect(page).toHaveURL(/\/technician$/);
});

/** Collects CSP violations the page reports (console and the securitypolicyviolation event). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

async function visit(page: Page, pathname: string): Promise<void> {
  const response = await page.goto(pathname);
  expect(response?.headers()['content-security-policy'], pathname).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await page.waitForLoadState('load');
}

test('every page carries the CSP and none logs a violation', async ({ page }) => {
  const violations = await watchCsp(page);
  for (const pathname of ['/', '/login', '/signup']) await visit(page, pathname);
  for (const user of DEMO_USERS) {
    await page.context().clearCookies();
    await signIn(page, user.username, user.password);
    // Every page the role's navigation offers (the admin's include the sync form, whose column-map editor validates in the browser).
    const pages = new Set([...navGroupsFor(user.role).flatMap((group) => group.links.map((link) => link.href)), '/profile']);
    for (const pathname of pages) await visit(page, pathname);
  }
  expect(violations).toEqual([]);
});
