import { expect, test, type Page } from '@playwright/test';
import { signIn, signUp as signUpWith, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { linkIn, waitForMail } from './support/mail';

async function signUp(page: Page, suffix: string, password: string): Promise<string> {
  const email = `sam.${suffix}@example.com`;
  await signUpWith(page, { email, username: `sam${suffix}`, firstName: 'Sam', lastName: 'Okafor', password });
  return email;
}

test('sign up, find the verification email, verify, and the banner is gone', async ({ page }) => {
  const email = await signUp(page, uniqueSuffix(), 'lagoon pepper violin 48');
  const banner = page.getByTestId('verify-email-banner');
  await expect(banner).toContainText('Please verify your email address');
  await atBothWidths(page, () => expectAccessible(page, 'customer area with verification banner'));

  await page.goto('/profile');
  await expect(page.getByText('Not verified', { exact: true })).toBeVisible();
  await atBothWidths(page, () => expectAccessible(page, 'profile with the email card'));

  await page.getByRole('button', { name: 'Resend verification email' }).click();
  await expect(banner.getByRole('status')).toHaveText(`We sent a new verification link to ${email}.`);
  // The sign-up link and the resent one: only the newest works.
  const mail = await waitForMail(email, 'Verify your email address', 2);
  expect(mail.html).toContain('Verify email address');
  const link = linkIn(mail);

  await page.goto(`${link.slice(0, -3)}xyz`);
  await expect(page.getByRole('heading', { name: 'This link cannot be used' })).toBeVisible();
  await expect(page.getByText('This link is not valid.', { exact: false })).toBeVisible();
  await atBothWidths(page, () => expectAccessible(page, 'bad verification link'));

  await page.goto(link);
  await expect(page.getByTestId('confirm-email-question')).toContainText(email);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: 'Email verified' })).toBeVisible();
  await atBothWidths(page, () => expectAccessible(page, 'email verified'));
  await page.goto('/customer');
  await expect(page.getByRole('heading', { level: 1, name: 'Customer area' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await page.goto('/profile');
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();
});

test('forgot password: same answer for anyone, email, new password, and the old session is signed out', async ({ page, browser }) => {
  const password = 'harbor quill meadow 25';
  const newPassword = 'cobalt rainfall tiger 63';
  const email = await signUp(page, uniqueSuffix(), password);
  const oldSession = page;

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto('/login');
  await visitor.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(visitor).toHaveURL(/\/forgot-password$/);
  await atBothWidths(visitor, () => expectAccessible(visitor, 'forgot password'));
  await visitor.getByLabel('Email').fill('not-an-address');
  await visitor.getByRole('button', { name: 'Send reset link' }).click();
  await expect(visitor.locator('#email-error')).toHaveText('Enter a valid email address');

  await visitor.getByLabel('Email').fill(`nobody.${uniqueSuffix()}@example.com`);
  await visitor.getByRole('button', { name: 'Send reset link' }).click();
  const answer = await visitor.getByTestId('form-success').textContent();
  expect(answer).toContain('If an account uses that address');
  await visitor.getByLabel('Email').fill(email);
  await visitor.getByRole('button', { name: 'Send reset link' }).click();
  await expect(visitor.getByTestId('form-success')).toHaveText(answer!);

  const link = linkIn(await waitForMail(email, 'Reset your password'));
  await visitor.goto(link);
  await expect(visitor.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await atBothWidths(visitor, () => expectAccessible(visitor, 'reset password'));
  await visitor.getByLabel('New password', { exact: true }).fill(newPassword);
  await visitor.getByLabel('Confirm new password').fill('cobalt rainfall tiger 64');
  await visitor.getByRole('button', { name: 'Set new password' }).click();
  await expect(visitor.locator('#confirmPassword-error')).toHaveText('Passwords do not match');
  await visitor.getByLabel('New password', { exact: true }).fill(newPassword);
  await visitor.getByLabel('Confirm new password').fill(newPassword);
  await visitor.getByRole('button', { name: 'Set new password' }).click();
  await expect(visitor).toHaveURL(/\/login\?reason=password-reset/);
  await expect(visitor.getByText('Your password was changed and every session was signed out.')).toBeVisible();
  await waitForMail(email, 'Your password was changed');

  await oldSession.goto('/customer');
  await expect(oldSession).toHaveURL(/\/login\?reason=session-ended/);

  await visitor.goto(link);
  await expect(visitor.getByText('This link has already been used. Each link works only once.')).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();

  await signIn(visitor, email, newPassword);
  await expect(visitor).toHaveURL(/\/customer$/);
  await context.close();
});
