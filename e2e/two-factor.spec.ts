/**
 * Two-factor sign-in as staff live it: a new admin from user:create is made to enrol before anything else opens,
 * then signs in with a code and with a recovery code; a customer is never asked; an admin resets a technician's
 * 2FA and the technician must enrol again. Codes come from the tests' own RFC 6238 implementation.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { nextCode } from '../tests/support/totp';
import { enrolOnPage, signIn, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_ENV } from './support/env';
import { waitForMail } from './support/mail';

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;
const PASSWORD = 'juniper lantern cobalt 61';

function createStaff(role: 'admin' | 'technician'): { username: string; email: string } {
  const username = `${role.slice(0, 4)}2fa${uniqueSuffix()}`;
  const email = `${username}@staff.example.com`;
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/user-create.ts',
      '--email',
      email,
      '--username',
      username,
      '--password',
      PASSWORD,
      '--role',
      role,
      '--first-name',
      'Sam',
      '--last-name',
      'Staff',
    ],
    { env: { ...process.env, ...E2E_ENV, NODE_ENV: 'test' }, stdio: 'pipe' },
  );
  return { username, email };
}

async function passwordStep(page: Page, identifier: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email or username').fill(identifier);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out/);
}

test('a new admin enrols at first sign-in, then signs in with a code and with a recovery code', async ({ page }) => {
  test.setTimeout(180_000);
  const { username } = createStaff('admin');

  // First sign-in: the password is enough to reach enrolment, and nothing else opens until it is done.
  await passwordStep(page, username);
  await expect(page).toHaveURL(/\/profile\/security\?setup=required$/);
  await expect(page.getByText('Your role requires two-factor authentication: set it up to continue.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of your two-factor secret' })).toBeVisible();
  await atBothWidths(page, () => expectAccessible(page, 'enrolment'));
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/profile\/security\?setup=required$/);
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/profile\/security\?setup=required$/);

  await page.getByLabel('Authentication code').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await expect(page.getByText('That code is not right. Enter the 6-digit code your app shows now.')).toBeVisible();
  const { secret, recoveryCodes } = await enrolOnPage(page, [username]);
  expect(new Set(recoveryCodes).size).toBe(10);
  await atBothWidths(page, () => expectAccessible(page, 'recovery codes'));
  await page.getByRole('link', { name: 'I saved my codes — continue' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/profile/security');
  await expect(page.getByTestId('mfa-status')).toContainText('10 unused recovery code(s) left');
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  await atBothWidths(page, () => expectAccessible(page, 'two-factor settings'));
  await signOut(page);

  // With a code: the password alone only opens the code step.
  await passwordStep(page, username);
  await expect(page).toHaveURL(/\/login\/code$/);
  await atBothWidths(page, () => expectAccessible(page, 'code step'));
  const code = await nextCode(secret);
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);

  // The same code again is refused (replay), then a recovery code signs in once.
  await passwordStep(page, username);
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.locator('#code-error')).toHaveText('That code is not right, or it was already used.');
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/profile/security');
  await expect(page.getByTestId('mfa-status')).toContainText('9 unused recovery code(s) left');
  await signOut(page);

  await passwordStep(page, username);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.locator('#recoveryCode-error')).toHaveText('That code is not right, or it was already used.');
});

test('a customer is never asked for a code', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email or username').fill(demo('customer').username);
  await page.getByLabel('Password').fill(demo('customer').password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/customer$/);
  expect((await page.goto('/profile'))?.status()).toBe(200);
  await expect(page.getByText('Set up two-factor authentication')).toBeVisible();
});

test("an admin resets a technician's 2FA: the technician is signed out, told by email, and must enrol again", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { username, email } = createStaff('technician');
  const techContext = await browser.newContext();
  const tech = await techContext.newPage();
  await signIn(tech, username, PASSWORD);
  await expect(tech).toHaveURL(/\/technician$/);

  await signIn(page, demo('admin').username, demo('admin').password);
  await page.goto(`/admin/users?q=${username}`);
  const row = page.getByRole('row').filter({ hasText: username });
  await expect(row.getByRole('cell', { name: 'On', exact: true })).toBeVisible();
  await row.getByRole('link').first().click();
  await expect(page.getByTestId('user-two-factor')).toContainText('On since');
  await page.getByRole('button', { name: 'Reset two-factor authentication', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset 2FA', exact: true }).click();
  await expect(page.getByTestId('form-success')).toHaveText(`Two-factor authentication of ${username} was reset and their sessions were signed out.`);
  await expect(page.getByTestId('user-two-factor')).toHaveText('Off — set up at next sign-in');
  await atBothWidths(page, () => expectAccessible(page, 'user after 2FA reset'));
  await waitForMail(email, 'Your two-factor authentication was reset');

  await tech.goto('/technician');
  await expect(tech).toHaveURL(/\/login\?reason=session-ended/);
  await passwordStep(tech, username);
  await expect(tech).toHaveURL(/\/profile\/security\?setup=required$/);
  await enrolOnPage(tech, [username]);
  await techContext.close();
});
