import { expect, test } from '@playwright/test';
import { signIn, signUpCustomer, TINY_PNG, uniqueSuffix } from './support/auth';

test('profile edits keep typed values on error, save, show the picture, and sign out another device', async ({ page, browser }) => {
  const username = `pat${uniqueSuffix()}`;
  const password = 'lilac tundra beacon 12';
  await signUpCustomer(page, username, password, { first: 'Pat', last: 'Kim' });

  const laptop = await browser.newContext({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/140.0' });
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, username, password);

  await page.goto('/profile');
  await page.getByLabel('First name').fill('');
  await page.getByLabel('Address').fill('9 Dock Lane');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('#firstName-error')).toHaveText('Enter your first name');
  await expect(page.getByLabel('Address')).toHaveValue('9 Dock Lane');

  await page.getByLabel('First name').fill('Patricia');
  await page.getByLabel('Profile picture').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: TINY_PNG });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('form-success').first()).toHaveText('Profile saved.');
  await expect(page.getByTestId('signed-in-user')).toHaveText('Patricia Kim');
  await expect(page.getByRole('img', { name: "Patricia Kim's profile picture" }).first()).toBeVisible();

  await page.reload();
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasNotText: 'This device' }).getByRole('button', { name: 'Sign out this session' }).click();
  await expect(page.getByText('Session signed out.')).toBeVisible();
  await expect(rows).toHaveCount(1);

  await laptopPage.goto('/profile');
  await expect(laptopPage).toHaveURL(/\/login\?reason=session-ended/);
  await laptop.close();
});

test('an anonymous request for a picture gets 401, an unknown one 404', async ({ request, page }) => {
  const anonymous = await request.get('/api/uploads/0123456789abcdef0123456789abcdef.png');
  expect(anonymous.status()).toBe(401);
  await signIn(page, 'demo.customer', 'blue harbor lantern 42');
  const missing = await page.request.get('/api/uploads/0123456789abcdef0123456789abcdef.png');
  expect(missing.status()).toBe(404);
});
