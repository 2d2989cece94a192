import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;

test('management sees the sync statistics over a period, with the same numbers in tables', async ({ page }) => {
  await signIn(page, demo('management').username, demo('management').password);
  await page.goto('/management/sync');
  await expect(page.getByRole('heading', { level: 1, name: 'Sync statistics' })).toBeVisible();
  for (const kpi of ['runs', 'failure-rate', 'documents-copied', 'median-docs-s']) await expect(page.getByTestId(`kpi-${kpi}`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Runs per day by outcome' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Most-failing pairs' })).toBeVisible();
  await page.getByRole('link', { name: 'Last 7 days' }).click();
  await expect(page).toHaveURL(/period=7d/);
  await expect(page.getByRole('link', { name: 'Last 7 days' })).toHaveAttribute('aria-current', 'page');
  await atBothWidths(page, () => expectAccessible(page, 'management sync statistics'));
  const bad = await page.goto('/management/sync?period=14d');
  expect(bad?.status()).toBe(200);
  await expect(page.getByText('Choose a period: 7d, 30d, 90d (you asked for “14d”).')).toBeVisible();
  await expect(page.getByTestId('kpi-runs')).toHaveCount(0);
  expect((await page.goto('/admin/sync'))?.status()).toBe(403);
  expect((await page.request.get('/api/admin/sync/jobs')).status()).toBe(403);
});
