import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { DATE_PATTERN } from '../lib/format-time';
import { signIn } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';

/** Issue 17 items 8 and 9: one date format on every main page of every role, and a header that fits. */
const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;

/** Other ways of writing a date or time that must not appear anywhere in a page's text. */
const FOREIGN = [
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  /\b\d{1,2}:\d{2}(:\d{2})?\s?[AP]M\b/i,
  /\bSept\b/,
  // A bare ISO month ("2026-11"), as a months table once printed it.
  /\b(19|20)\d{2}-(0[1-9]|1[0-2])\b(?!-)/,
];

async function datesOn(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
  const texts = await page.locator('main time').allTextContents();
  for (const text of texts) expect(text, `a date on ${path}`).toMatch(DATE_PATTERN);
  const body = await page.locator('body').innerText();
  for (const pattern of FOREIGN) expect(body, `${path} writes a date another way`).not.toMatch(pattern);
  return texts.length;
}

test('every rendered date on the main pages of each role has the one format', async ({ page }) => {
  const pages: Record<string, string[]> = {
    admin: ['/admin/users', '/admin/audit', '/admin/sync', '/admin/sync/schedules', '/profile'],
    technician: ['/technician', '/profile'],
    management: ['/management?period=all', '/management/sync'],
    customer: ['/customer', '/profile'],
  };
  let total = 0;
  for (const [role, paths] of Object.entries(pages)) {
    await page.context().clearCookies();
    await signIn(page, demo(role).username, demo(role).password);
    for (const path of paths) total += await datesOn(page, path);
    if (role === 'admin') {
      await page.goto('/admin/users');
      await page.getByRole('table').getByRole('link').first().click();
      await expect(page).toHaveURL(/\/admin\/users\/\d+$/);
      total += await datesOn(page, new URL(page.url()).pathname);
    }
    if (role === 'customer') {
      await page.goto('/customer');
      await page
        .getByRole('table', { name: /Your accounts/ })
        .getByRole('link')
        .first()
        .click();
      await expect(page).toHaveURL(/\/customer\/accounts\/\d+$/);
      const trades = await datesOn(page, new URL(page.url()).pathname);
      expect(trades, 'the account page marks its trade dates').toBeGreaterThan(0);
      total += trades;
    }
  }
  expect(total).toBeGreaterThan(10);
});

test('the management months table names each month in the product format, marked as a month', async ({ page }) => {
  await signIn(page, demo('management').username, demo('management').password);
  await page.goto('/management?period=all');
  const months = page.getByRole('table', { name: /Traded value by month/ }).locator('time');
  await expect(months.first()).toBeVisible();
  for (const month of await months.all()) {
    await expect(month).toHaveAttribute('datetime', /^\d{4}-(0[1-9]|1[0-2])$/);
    await expect(month).toHaveText(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/);
  }
});

test('the admin header fits on one line at 1280 px, folds into one menu at 390 px, and marks where you are', async ({ page }) => {
  await signIn(page, demo('admin').username, demo('admin').password);
  await page.goto('/admin/users');
  const header = page.locator('header').first();
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.setViewportSize({ width: 1280, height: 900 });
  const wide = await header.boundingBox();
  expect(wide!.height, 'one line of header').toBeLessThan(80);
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  const adminMenu = nav.getByRole('button', { name: 'Admin' });
  await expect(adminMenu).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('button', { name: 'Management' })).not.toHaveAttribute('aria-current', 'true');
  await adminMenu.click();
  await expect(adminMenu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Audit log' })).not.toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(nav.getByRole('link', { name: 'Audit log' }), 'the menu closes on navigation').toBeHidden();

  await page.setViewportSize({ width: 390, height: 900 });
  const narrow = await header.boundingBox();
  expect(narrow!.height, 'one compact line at phone width').toBeLessThan(80);
  const menu = nav.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Sync statistics' })).toBeVisible();
  await expectAccessible(page, 'open phone menu');
  await page.keyboard.press('Escape');
  await expect(nav.getByRole('link', { name: 'Sync statistics' })).toBeHidden();
  await atBothWidths(page, () => expectAccessible(page, 'audit log with the grouped header'));
});

test('detail pages show breadcrumbs back to their list', async ({ page }) => {
  await signIn(page, demo('admin').username, demo('admin').password);
  await page.goto('/admin/users');
  await page.getByRole('table').getByRole('link').first().click();
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link')).toHaveText(['Admin', 'Users']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(await page.locator('main h1').innerText());
  await crumbs.getByRole('link', { name: 'Users' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
});
