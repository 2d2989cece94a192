import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';

const customer = DEMO_USERS.find((u) => u.role === 'customer')!;

test('the demo customer sees their accounts, opens one, pages and filters its transactions and sees the chart', async ({ page }) => {
  await signIn(page, customer.username, customer.password);
  await page.goto('/customer');
  const accounts = page.getByRole('table', { name: /Your accounts/ });
  await expect(accounts.getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('tiers')).toContainText('Gold');
  await atBothWidths(page, () => expectAccessible(page, 'customer overview'));

  const firstAccount = accounts.getByRole('link').first();
  const accountId = (await firstAccount.textContent())!.trim();
  await firstAccount.click();
  await expect(page).toHaveURL(new RegExp(`/customer/accounts/${accountId}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Account ${accountId}` })).toBeVisible();
  const trades = page.getByRole('table', { name: 'Transactions, newest first' });
  await expect(trades.locator('tbody tr')).toHaveCount(25);
  await expect(page.getByRole('figure', { name: 'Traded value by month' }).getByRole('img', { name: /^Traded value by month \(chart/ })).toBeVisible();
  // Drawn on the server: the chart is in the HTML itself, not built by a script after load.
  expect(await (await page.request.get(page.url())).text()).toMatch(/<svg role="img" aria-label="Traded value by month \(chart/);
  await expect(page.getByRole('table', { name: /Holdings by symbol/ })).toBeVisible();
  await atBothWidths(page, () => expectAccessible(page, 'account page'));

  const firstDate = await trades.locator('tbody tr').first().locator('time').getAttribute('datetime');
  await page.getByRole('navigation', { name: 'Transaction pages' }).getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  expect(await trades.locator('tbody tr').first().locator('time').getAttribute('datetime')).not.toBe(firstDate);

  const symbol = ((await trades.locator('tbody tr').first().locator('td').nth(2).textContent()) ?? '').trim().toLowerCase();
  await page.getByLabel('Symbol', { exact: true }).fill(symbol);
  await page.getByLabel('Buy or sell').selectOption('sell');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`symbol=${symbol}.*side=sell|side=sell.*symbol=${symbol}`));
  const rows = trades.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    await expect(row.locator('td').nth(1)).toHaveText('sell');
    await expect(row.locator('td').nth(2)).toHaveText(symbol.toUpperCase());
  }
});

test('bad filter input gets a clear message, with the typed values kept', async ({ page }) => {
  await signIn(page, customer.username, customer.password);
  await page.goto('/customer');
  const accountId = (
    (await page
      .getByRole('table', { name: /Your accounts/ })
      .getByRole('link')
      .first()
      .textContent()) ?? ''
  ).trim();
  const path = `/customer/accounts/${accountId}`;

  await page.goto(`${path}?from=2025-05-01&to=2025-01-01`);
  await expect(page.getByText('The end date is before the start date')).toBeVisible();
  await expect(page.getByText('Fix the filter above to see transactions.')).toBeVisible();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-05-01');
  await atBothWidths(page, () => expectAccessible(page, 'account page with a bad filter'));

  await page.goto(`${path}?symbol=zzzz`);
  await expect(page.getByText(/This account has no trades in “ZZZZ”\. Its symbols: [A-Z]/)).toBeVisible();

  await page.goto(`${path}?page=999`);
  await expect(page.getByText(/There is no page 999: these transactions fill \d+ pages?\./)).toBeVisible();
  await page.goto(`${path}?page=abc`);
  await expect(page.getByText('Page must be a number')).toBeVisible();
});
