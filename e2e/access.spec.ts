import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { nextCode } from '../tests/support/totp';
import { signIn, uniqueSuffix } from './support/auth';
import { E2E_ENV } from './support/env';

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;

test('a customer opening /admin gets HTTP 403 "Access denied"', async ({ page }) => {
  await signIn(page, demo('customer').username, demo('customer').password);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
});

test('anonymous /management goes to sign-in and back to /management as management', async ({ page }) => {
  await page.goto('/management');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmanagement/);
  await page.getByLabel('Email or username').fill(demo('management').email);
  await page.getByLabel('Password').fill(demo('management').password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/management$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Management area' })).toBeVisible();
});

test("a hostile callbackUrl lands on the user's own area", async ({ page }) => {
  await page.goto('/login?callbackUrl=' + encodeURIComponent('//evil.com/x'));
  await page.getByLabel('Email or username').fill(demo('technician').username);
  await page.getByLabel('Password').fill(demo('technician').password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The callbackUrl is carried through the two-factor step, and judged only after it.
  await expect(page).toHaveURL(/\/login\/code\?callbackUrl=/);
  await page.getByLabel('Authentication code').fill(await nextCode(demo('technician').totpSecret!));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/technician$/);
});

for (const role of ['technician', 'management', 'admin'] as const) {
  test(`a ${role} created with user:create reaches the ${role} area`, async ({ page }) => {
    const username = `${role.slice(0, 4)}${uniqueSuffix()}`;
    const password = 'saffron kettle harbor 58';
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/user-create.ts',
        '--email',
        `${username}@staff.example.com`,
        '--username',
        username,
        '--password',
        password,
        '--role',
        role,
        '--first-name',
        'Staff',
        '--last-name',
        role,
      ],
      {
        env: { ...process.env, ...E2E_ENV, NODE_ENV: 'test' },
        stdio: 'pipe',
      },
    );
    await signIn(page, username, password);
    await expect(page).toHaveURL(new RegExp(`/${role}$`));
    await expect(page.getByRole('heading', { level: 1, name: `${role[0].toUpperCase()}${role.slice(1)} area` })).toBeVisible();
  });
}

test('an admin may open every area', async ({ page }) => {
  await signIn(page, demo('admin').username, demo('admin').password);
  for (const area of ['customer', 'technician', 'management', 'admin']) {
    const response = await page.goto(`/${area}`);
    expect(response?.status()).toBe(200);
  }
});
