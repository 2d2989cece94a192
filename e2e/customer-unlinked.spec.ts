import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { signIn, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_ENV } from './support/env';

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
      'No',
      '--last-name',
      'Match',
    ],
    {
      env: { ...process.env, ...E2E_ENV, NODE_ENV: 'test' },
      stdio: 'pipe',
    },
  );
  await signIn(page, username, password);
  await page.goto('/customer');
  await expect(page.getByTestId('link-explanation')).toContainText(`${username}@example.com`);
  await expect(page.getByRole('heading', { name: 'Link your customer record' })).toBeVisible();
  await expect(page.getByLabel('Account number')).toBeVisible();
  await expect(page.getByLabel('Birth date')).toBeVisible();
  await atBothWidths(page, () => expectAccessible(page, 'unlinked customer (asked for proof)'));
});
