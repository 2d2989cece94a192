import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_BIG_DB, SAME_ORIGIN } from './support/env';

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;

async function jobState(api: APIRequestContext, id: string): Promise<string> {
  return (await (await api.get(`/api/admin/sync/jobs/${id}`)).json()).state;
}

test('a technician sees the services, the queue and a failed run, retries it to completion, and cannot remove it', async ({ browser }) => {
  test.setTimeout(240_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo('admin').username, demo('admin').password);
  const created = await admin.request.post('/api/admin/sync/jobs', {
    data: { sourceDb: E2E_BIG_DB, sourceCollection: 'accounts', targetDb: E2E_BIG_DB, targetCollection: `tech_${uniqueSuffix()}`, batchSize: '25' },
    headers: SAME_ORIGIN,
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  await expect.poll(() => jobState(admin.request, id), { timeout: 30_000 }).toBe('active');
  expect((await admin.request.post(`/api/admin/sync/jobs/${id}/cancel`, { headers: SAME_ORIGIN })).status()).toBe(200);
  await expect.poll(() => jobState(admin.request, id), { timeout: 30_000 }).toBe('cancelled');
  await admin.goto(`/admin/sync/${id}`);

  const techContext = await browser.newContext();
  const page = await techContext.newPage();
  await signIn(page, demo('technician').username, demo('technician').password);
  await page.goto('/technician');
  await expect(page.getByRole('heading', { level: 1, name: 'Technician area' })).toBeVisible();
  for (const service of ['mysql', 'redis', 'mongodb']) await expect(page.getByTestId(`service-${service}`)).toHaveText('up');
  await expect(page.getByRole('table', { name: 'Workers online' })).toBeVisible();
  await expect(page.getByText('No worker is connected')).toHaveCount(0);
  const failed = page.getByRole('row').filter({ has: page.getByTestId(`attention-${id}`) });
  await expect(failed).toContainText('cancelled');
  await expect(failed).toContainText('Cancelled on request');
  await expect(failed.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(failed.getByRole('button', { name: /Run again/ })).toHaveCount(0);
  await atBothWidths(page, () => expectAccessible(page, 'technician console'));

  await failed.getByRole('button', { name: `Retry job ${id}` }).click();
  await expect(page.getByTestId(`attention-${id}`)).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(() => jobState(page.request, id), { timeout: 120_000 }).toBe('completed');
  const runs = (await (await page.request.get(`/api/admin/sync/jobs?q=${encodeURIComponent('tech_')}&pageSize=100`)).json()).runs as {
    jobId: string;
    state: string;
    origin: string;
  }[];
  expect(runs.filter((r) => r.jobId === id).map((r) => r.state)).toEqual(['completed', 'cancelled']);

  // The admin's page follows the job and re-renders itself while it changes: load it settled before swapping cookies.
  await admin.goto(`/admin/sync/${id}`);
  await expect(admin.getByRole('button', { name: 'Remove' })).toBeVisible();
  await adminContext.clearCookies();
  await adminContext.addCookies(await techContext.cookies());
  await admin.getByRole('button', { name: 'Remove' }).click();
  const [removal] = await Promise.all([
    admin.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/admin/sync/${id}`)),
    admin.getByRole('dialog').getByRole('button', { name: 'Remove job' }).click(),
  ]);
  expect(removal.status()).toBe(403);
  expect(await jobState(page.request, id)).toBe('completed');
  await adminContext.close();
  await techContext.close();
});
