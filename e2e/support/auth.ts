import { expect, type Page } from '@playwright/test';
import { DEMO_USERS } from '../../lib/accounts/demo-users';
import { nextCode } from '../../tests/support/totp';

/** TOTP secrets by identifier: the seeded staff's, plus those the journeys enrolled (read off the page). */
const secrets = new Map<string, string>(
  DEMO_USERS.flatMap((u) => (u.totpSecret ? [[u.username, u.totpSecret] as const, [u.email, u.totpSecret] as const] : [])),
);

export function rememberSecret(identifiers: string[], secret: string): void {
  for (const identifier of identifiers) secrets.set(identifier, secret);
}

/** On /profile/security: reads the secret off the page, confirms it with a code, answers the recovery codes. */
export async function enrolOnPage(page: Page, identifiers: string[]): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  rememberSecret(identifiers, secret);
  await page.getByLabel('Authentication code').fill(await nextCode(secret));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  const list = page.getByTestId('recovery-codes');
  await expect(list.getByRole('listitem')).toHaveCount(10);
  return { secret, recoveryCodes: await list.getByRole('listitem').allInnerTexts() };
}

/**
 * Signs in through the real forms. Accounts with 2FA get their code from the known secret; staff who must enrol
 * (MFA_REQUIRED_ROLES) enrol on the spot and continue, as a new user would.
 */
export async function signIn(page: Page, identifier: string, password: string, path = '/login'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email or username').fill(identifier);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Where the sign-in lands: the code step, or a signed-in page (maybe the enrolment the role requires).
  await expect(page.getByLabel('Authentication code').or(page.getByTestId('signed-in-user')).first()).toBeVisible();
  if (new URL(page.url()).pathname === '/login/code') {
    const secret = secrets.get(identifier);
    if (!secret) throw new Error(`no known TOTP secret for ${identifier}`);
    await page.getByLabel('Authentication code').fill(await nextCode(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
  }
  if (await page.getByTestId('totp-secret').isVisible()) {
    await enrolOnPage(page, [identifier]);
    await page.getByRole('link', { name: 'I saved my codes — continue' }).click();
    await page.waitForURL((url) => url.pathname !== '/profile/security');
  }
  await expect(page).not.toHaveURL(/\/login/);
  // Wait for the signed-in page itself, so a following goto() does not race the post-sign-in navigation.
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
}

/** Signs up a customer through the form; lands in the customer area. */
export async function signUp(page: Page, account: { email: string; username: string; firstName: string; lastName: string; password: string }): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('First name').fill(account.firstName);
  await page.getByLabel('Last name').fill(account.lastName);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByLabel('Confirm password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/customer$/);
}

/** A valid 1×1 PNG, built from its bytes so the upload is judged by content. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Signs up a new customer `<username>@example.com` through the public form and lands in their area. */
export async function signUpCustomer(page: Page, username: string, password: string, names: { first: string; last: string }): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(`${username}@example.com`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('First name').fill(names.first);
  await page.getByLabel('Last name').fill(names.last);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/customer$/);
}
