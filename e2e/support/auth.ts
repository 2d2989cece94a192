import { expect, type Page } from '@playwright/test';

export async function signIn(page: Page, identifier: string, password: string, path = '/login'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email or username').fill(identifier);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
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
