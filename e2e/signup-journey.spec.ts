import { expect, test } from '@playwright/test';
import { signIn, TINY_PNG, uniqueSuffix } from './support/auth';
import { E2E_ENV } from './support/env';
import { waitForMail } from './support/mail';

test('a new customer signs up with a picture, signs out and in, changes password, and other sessions end', async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const username = `jo${suffix}`;
  const email = `jo.${suffix}@example.com`;
  const password = 'tidal meadow lantern 77';
  const newPassword = 'granite orchard falcon 31';

  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('First name').fill('Jo');
  await page.getByLabel('Last name').fill('Rivera');
  await page.getByLabel('Address').fill('1 Harbour Road');
  await page.getByLabel('Profile picture').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: TINY_PNG });
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/customer$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Customer area' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Jo Rivera');
  const avatar = page.getByRole('img', { name: "Jo Rivera's profile picture" });
  await expect(avatar).toBeVisible();
  expect(await avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText('You have been signed out.')).toBeVisible();

  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, email, password);
  await expect(otherPage).toHaveURL(/\/customer$/);

  await signIn(page, username, password);
  await expect(page).toHaveURL(/\/customer$/);
  await page.goto('/profile');
  await expect(page.getByTestId('session-row')).toHaveCount(2);
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed. 1 other session(s) were signed out.')).toBeVisible();
  const notice = await waitForMail(email, 'Your password was changed');
  expect(notice.text).toContain('every other signed-in session was signed out');
  expect(notice.text).toContain(E2E_ENV.SUPPORT_EMAIL);

  await otherPage.goto('/customer');
  await expect(otherPage).toHaveURL(/\/login\?reason=session-ended/);
  await expect(otherPage.getByText('Your session has ended. Please sign in again.')).toBeVisible();
  await otherContext.close();

  await page.goto('/customer');
  await expect(page.getByRole('heading', { level: 1, name: 'Customer area' })).toBeVisible();
});

test('sign-up shows each error beside its field and keeps what was typed, except passwords', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Email').fill('customer@demo.syncportal.test');
  await page.getByLabel('Username').fill('x');
  await page.getByLabel('First name').fill('Sam');
  await page.getByLabel('Address').fill('2 Quay Street');
  await page.getByLabel('Password', { exact: true }).fill('password1');
  await page.getByLabel('Confirm password').fill('password2');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.locator('#username-error')).toContainText('Username must be 3–32 characters');
  await expect(page.locator('#lastName-error')).toHaveText('Enter your last name');
  await expect(page.locator('#password-error')).toHaveText('This password is too common; choose one that is harder to guess');
  await expect(page.locator('#confirmPassword-error')).toHaveText('Passwords do not match');
  await expect(page.getByLabel('Email')).toHaveValue('customer@demo.syncportal.test');
  await expect(page.getByLabel('First name')).toHaveValue('Sam');
  await expect(page.getByLabel('Address')).toHaveValue('2 Quay Street');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');

  await page.getByLabel('Username').fill('demo.customer');
  await page.getByLabel('Last name').fill('Lee');
  await page.getByLabel('Password', { exact: true }).fill('quiet copper river 9');
  await page.getByLabel('Confirm password').fill('quiet copper river 9');
  await page.getByLabel('Profile picture').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#profilePicture-error')).toHaveText('Profile picture must be a PNG, JPEG or WebP image');

  await page.getByLabel('Password', { exact: true }).fill('quiet copper river 9');
  await page.getByLabel('Confirm password').fill('quiet copper river 9');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#email-error')).toHaveText('An account with this email already exists');
  await expect(page.locator('#username-error')).toHaveText('This username is taken');
});

test('sign-up reports a bad picture with the other errors, and says when a good picture must be chosen again', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(`pic.${uniqueSuffix()}@example.com`);
  await page.getByLabel('Password', { exact: true }).fill('password1');
  await page.getByLabel('Confirm password').fill('password1');
  await page.getByLabel('Profile picture').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#profilePicture-error')).toHaveText('Profile picture must be a PNG, JPEG or WebP image');
  await expect(page.locator('#password-error')).toHaveText('This password is too common; choose one that is harder to guess');
  await expect(page.locator('#username-error')).toBeVisible();

  await page.getByLabel('Profile picture').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: TINY_PNG });
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#profilePicture-error')).toHaveCount(0);
  await expect(page.getByText('Choose the picture again: the browser does not keep a file when the form comes back.')).toBeVisible();
});

test('a wrong password gives one generic message and keeps the identifier', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email or username').fill('demo.customer');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('Incorrect email, username or password.');
  await expect(page.getByLabel('Email or username')).toHaveValue('demo.customer');
  await expect(page.getByLabel('Password')).toHaveValue('');

  await page.getByLabel('Email or username').fill('nobody-at-all');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('Incorrect email, username or password.');
});
