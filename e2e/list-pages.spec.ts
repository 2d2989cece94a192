import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';

const admin = DEMO_USERS.find((u) => u.role === 'admin')!;

test('a page number past the end of a list says so and links to the last page', async ({ page }) => {
  await signIn(page, admin.username, admin.password);
  await page.goto('/admin/users?page=999');
  const pages = page.getByRole('navigation', { name: 'User pages' });
  await expect(pages.getByRole('alert')).toContainText(/Page 999 is past the end: there (is 1 page|are \d+ pages)/);
  await expect(page.getByText(/Page 999 of/)).toHaveCount(0);
  await atBothWidths(page, () => expectAccessible(page, 'users past the end'));
  await pages.getByRole('link', { name: /Go to the last page/ }).click();
  await expect(page.getByRole('navigation', { name: 'User pages' }).getByText(/^Page (\d+) of \1$/)).toBeVisible();
});
