import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { generateAnalyticsDataset } from '../scripts/seed-demo';
import { signIn } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;
/** An account of the second generated customer (the e2e data is seeded with --count 200). */
const othersAccount = Number(generateAnalyticsDataset({ count: 2 }).customers[1].accounts[0]);

test("a customer gets 403 on /management and 404 on another customer's account", async ({ page, request }) => {
  await signIn(page, demo('customer').username, demo('customer').password);
  expect((await page.goto('/management'))?.status()).toBe(403);
  const response = await page.goto(`/customer/accounts/${othersAccount}`);
  expect(response?.status()).toBe(404);
  expect((await page.goto('/customer/accounts/not-a-number'))?.status()).toBe(404);
  expect((await page.request.get('/api/management/figures/symbols?period=30d')).status()).toBe(403);
  expect((await request.get('/api/management/figures/symbols?period=30d')).status()).toBe(401);
});

test("an admin opens a customer's area read-only, and the customer cannot use ?user= to look at anyone else", async ({ page, browser }) => {
  await signIn(page, demo('admin').username, demo('admin').password);
  await page.goto(`/customer?q=${demo('customer').username}`);
  await atBothWidths(page, () => expectAccessible(page, 'admin customer picker'));
  await page.getByRole('link', { name: demo('customer').username }).click();
  await expect(page.getByRole('note')).toContainText('read-only');
  const userId = new URL(page.url()).searchParams.get('user')!;
  await page
    .getByRole('table', { name: /Your accounts/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(/\/customer\/accounts\/\d+\?user=\d+/);
  await expect(page.getByRole('table', { name: 'Transactions, newest first' })).toBeVisible();
  await atBothWidths(page, () => expectAccessible(page, 'admin read-only account page'));

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, demo('customer').username, demo('customer').password);
  expect((await other.goto(`/customer?user=${Number(userId) + 1}`))?.status()).toBe(404);
  await context.close();
});
