import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { createConnection } from 'mysql2/promise';
import { signIn, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_ENV } from './support/env';

/** A verified customer made with the `user:create` CLI (as an admin would), ready to sign in. */
function createCustomer(username: string, password: string, names: { first: string; last: string }): void {
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/user-create.ts',
      '--email',
      `${username}@example.com`,
      '--username',
      username,
      '--password',
      password,
      '--role',
      'customer',
      '--first-name',
      names.first,
      '--last-name',
      names.last,
    ],
    {
      env: { ...process.env, ...E2E_ENV, NODE_ENV: 'test' },
      stdio: 'pipe',
    },
  );
}

test('a customer whose email is not verified sees why there are no accounts, not an empty page', async ({ page }) => {
  const suffix = uniqueSuffix();
  const password = 'tidal meadow lantern 77';
  await page.goto('/signup');
  await page.getByLabel('Email').fill(`new.${suffix}@example.com`);
  await page.getByLabel('Username').fill(`new${suffix}`);
  await page.getByLabel('First name').fill('New');
  await page.getByLabel('Last name').fill('Customer');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).not.toHaveURL(/\/signup/);
  await page.goto('/customer');
  await expect(page.getByTestId('link-explanation')).toContainText('email address is not verified yet');
  await atBothWidths(page, () => expectAccessible(page, 'unlinked customer (unverified)'));
});

test('a verified, unlinked customer is asked for proof from their record, naming the address it must have', async ({ page }) => {
  const username = `nomatch${uniqueSuffix()}`;
  const password = 'saffron kettle harbor 58';
  createCustomer(username, password, { first: 'No', last: 'Match' });
  await signIn(page, username, password);
  await page.goto('/customer');
  await expect(page.getByTestId('link-explanation')).toContainText(`${username}@example.com`);
  await expect(page.getByRole('heading', { name: 'Link your customer record' })).toBeVisible();
  await expect(page.getByLabel('Account number')).toBeVisible();
  const birthDate = page.getByLabel('Birth date');
  await expect(birthDate, "the product's one date input, with its bounds").toHaveAttribute('type', 'date');
  await expect(birthDate).toHaveAttribute('min', '1900-01-01');
  await expect(birthDate).toHaveAttribute('max', '9999-12-31');
  await atBothWidths(page, () => expectAccessible(page, 'unlinked customer (asked for proof)'));
});

test('a customer whose linked record has gone is told to write to the configured support address, as a mailto link', async ({ page }) => {
  const username = `gone${uniqueSuffix()}`;
  const password = 'amber window falcon 31';
  createCustomer(username, password, { first: 'Record', last: 'Gone' });
  const mysql = await createConnection(E2E_ENV.DATABASE_URL);
  await mysql.query("UPDATE users SET analytics_customer_id = '000000000000000000000000', analytics_username = 'removed.record' WHERE username = ?", [
    username,
  ]);
  await mysql.end();
  await signIn(page, username, password);
  await page.goto('/customer');
  const explanation = page.getByTestId('link-explanation');
  await expect(explanation).toContainText('no longer in the analytics data');
  await expect(explanation).toContainText(`Please write to ${E2E_ENV.SUPPORT_EMAIL} to have your record linked again.`);
  await expect(explanation.getByRole('link', { name: E2E_ENV.SUPPORT_EMAIL })).toHaveAttribute('href', `mailto:${E2E_ENV.SUPPORT_EMAIL}`);
  await atBothWidths(page, () => expectAccessible(page, 'customer whose record has gone'));
});
