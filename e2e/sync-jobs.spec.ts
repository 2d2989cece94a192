import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_BIG_DB, E2E_MONGO_DB, SAME_ORIGIN } from './support/env';

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;

async function queueSync(page: Page, fields: { db: string; collection: string; target: string; batchSize?: string; verify?: string; filter?: string }) {
  await page.goto('/admin/sync');
  await page.getByLabel('Source database').fill(fields.db);
  await page.getByLabel('Source collection').selectOption(fields.collection);
  await page.getByLabel('Target database').fill(fields.db);
  await page.getByLabel('Target collection').fill(fields.target);
  await page.getByLabel('Mode').selectOption('upsert');
  if (fields.filter) await page.getByLabel('Filter').fill(fields.filter);
  await page.getByLabel('Batch size').fill(fields.batchSize ?? '1000');
  await page.getByLabel('Verify').selectOption(fields.verify ?? 'hash');
  await page.getByRole('button', { name: 'Queue sync' }).click();
  const message = page.getByTestId('form-success');
  await expect(message).toContainText(`${fields.db}.${fields.collection} → ${fields.db}.${fields.target}`);
  return (await message.textContent())!.match(/Queued job (\d+)/)![1];
}

test('an admin queues a sync of the demo customers, watches it reach 100 %, and sees verification and logs', async ({ page }) => {
  await signIn(page, demo('admin').username, demo('admin').password);
  const target = `customers_copy_${uniqueSuffix()}`;
  await page.goto('/admin/sync');
  await expect(page.getByLabel('Source database')).toHaveValue('');
  await page.getByLabel('Source database').fill(E2E_MONGO_DB);
  await expect(page.getByLabel('Source collection').locator('option', { hasText: /^customers( \(200 documents\))?$/ })).toHaveCount(1);
  const id = await queueSync(page, { db: E2E_MONGO_DB, collection: 'customers', target, batchSize: '50' });

  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `#${id}`, exact: true }) })
    .first();
  await expect(row).toBeVisible();
  await expect(row.getByTestId('job-state')).toHaveText('completed', { timeout: 30_000 });
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(row).toContainText('200 docs');
  await atBothWidths(page, () => expectAccessible(page, 'admin sync jobs'));

  await row.getByRole('link', { name: `#${id}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Sync job #${id}` })).toBeVisible();
  await expect(page.getByTestId('verification')).toContainText('match — source 200, target 200 documents, content hash equal');
  await expect(page.getByTestId('job-logs')).not.toHaveText('No log lines yet.');
  await expect(page.getByRole('button', { name: 'Run again' })).toBeVisible();
  await expect(page.getByTestId('run-state').first()).toHaveText('completed');
  await atBothWidths(page, () => expectAccessible(page, 'admin sync job'));
});

test('the queue form keeps every field after an error, and a removed job confirms first and leaves no stale details', async ({ page }) => {
  await signIn(page, demo('admin').username, demo('admin').password);
  await page.goto('/admin/sync');
  await page.getByLabel('Source database').fill(E2E_MONGO_DB);
  await page.getByLabel('Source collection').selectOption('accounts');
  await page.getByLabel('Target database').fill(E2E_MONGO_DB);
  await page.getByLabel('Target collection').fill('accounts_kept');
  await page.getByLabel('Mode').selectOption('mirror');
  await page.getByLabel('Filter').fill('{"$where": "sleep(1)"}');
  await page.getByLabel('Batch size').fill('75');
  await page.getByLabel('Verify').selectOption('count');
  await page.getByRole('button', { name: 'Queue sync' }).click();
  await expect(page.locator('#filter-error')).toContainText('$where');
  // A filter the server cannot run (FerretDB has no $gt inside $expr) is refused before a job exists, naming the operator.
  await page.getByLabel('Filter').fill('{"$expr": {"$gt": ["$limit", 5000]}}');
  await page.getByRole('button', { name: 'Queue sync' }).click();
  await expect(page.locator('#filter-error')).toContainText('the server cannot run the operator $gt');
  await page.getByLabel('Filter').fill('{"$where": "sleep(1)"}');
  await expect(page.getByLabel('Filter')).toHaveValue('{"$where": "sleep(1)"}');
  await expect(page.getByLabel('Source database')).toHaveValue(E2E_MONGO_DB);
  await expect(page.getByLabel('Source collection')).toHaveValue('accounts');
  await expect(page.getByLabel('Target collection')).toHaveValue('accounts_kept');
  await expect(page.getByLabel('Mode')).toHaveValue('mirror');
  await expect(page.getByLabel('Batch size')).toHaveValue('75');
  await expect(page.getByLabel('Verify')).toHaveValue('count');

  await page.getByLabel('Filter').fill('{"nothing": "matches"}');
  await page.getByRole('button', { name: 'Queue sync' }).click();
  const id = (await page.getByTestId('form-success').textContent())!.match(/Queued job (\d+)/)![1];
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `#${id}`, exact: true }) })
    .first();
  await expect(row.getByTestId('job-state')).toHaveText('completed', { timeout: 30_000 });
  await expect(row.getByTestId('nothing-to-copy')).toHaveText('nothing to copy');

  await page.goto(`/admin/sync/${id}`);
  await page.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: `Remove job #${id}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/sync/${id}$`));
  await page.getByRole('button', { name: 'Remove' }).click();
  await dialog.getByRole('button', { name: 'Remove job' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/sync\\?removed=${id}`));
  await expect(page.getByTestId('form-success')).toContainText(`Job ${id} was removed`);
  await expect(page.getByTestId('job-logs')).toHaveCount(0);
});

test('an admin cancels a large job mid-run and retries it to completion', async ({ page }) => {
  await signIn(page, demo('admin').username, demo('admin').password);
  const id = await queueSync(page, { db: E2E_BIG_DB, collection: 'accounts', target: `accounts_copy_${uniqueSuffix()}`, batchSize: '25' });
  await page.goto(`/admin/sync/${id}`);
  const state = page.getByTestId('job-state').first();
  await expect(state).toHaveText('active', { timeout: 30_000 });
  // "1,200 / 9,000 documents", or "1,200 documents" while the server keeps no size for a fresh collection.
  const copied = async () => Number((await page.getByTestId('job-copied').textContent())!.split(/[ /]/)[0].replaceAll(',', ''));
  await expect.poll(copied, { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('form-success')).toContainText('stops at its next batch boundary');
  await expect(state).toHaveText('cancelled', { timeout: 30_000 });
  const stoppedAt = await copied();

  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('form-success')).toContainText('resumes from its checkpoint');
  await expect(state).toHaveText('completed', { timeout: 120_000 });
  await expect(page.getByTestId('verification')).toContainText('match');
  expect(await copied()).toBeGreaterThan(stoppedAt);
  await expect(page.getByTestId('job-logs')).toContainText('cancel requested by demo.admin');
});

test('the jobs API explains refusals: 422 bad spec or missing source, 409 duplicate, 404 unknown job, 409 wrong state', async ({ page }) => {
  await signIn(page, demo('admin').username, demo('admin').password);
  const api = page.request;
  const bad = await api.post('/api/admin/sync/jobs', {
    data: { sourceDb: E2E_MONGO_DB, sourceCollection: 'customers', targetDb: E2E_MONGO_DB, targetCollection: 'customers' },
    headers: SAME_ORIGIN,
  });
  expect(bad.status()).toBe(422);
  expect(JSON.stringify(await bad.json())).toMatch(/source and target must be different collections/);
  const missing = await api.post('/api/admin/sync/jobs', {
    data: { sourceDb: E2E_MONGO_DB, sourceCollection: 'no_such_collection', targetDb: E2E_MONGO_DB, targetCollection: 'x' },
    headers: SAME_ORIGIN,
  });
  expect(missing.status()).toBe(422);
  expect((await missing.json()).error).toBe(`${E2E_MONGO_DB}.no_such_collection does not exist on the MongoDB server`);

  const spec = { sourceDb: E2E_BIG_DB, sourceCollection: 'accounts', targetDb: E2E_BIG_DB, targetCollection: `dup_${uniqueSuffix()}`, batchSize: '10' };
  const first = await api.post('/api/admin/sync/jobs', { data: spec, headers: SAME_ORIGIN });
  expect(first.status()).toBe(201);
  const { id } = await first.json();
  const second = await api.post('/api/admin/sync/jobs', { data: spec, headers: SAME_ORIGIN });
  expect(second.status()).toBe(409);
  expect((await second.json()).error).toBe(`a sync from ${E2E_BIG_DB}.accounts to ${E2E_BIG_DB}.${spec.targetCollection} is already queued`);

  expect((await api.post(`/api/admin/sync/jobs/${id}/run-again`, { headers: SAME_ORIGIN })).status()).toBe(409);
  expect((await api.post(`/api/admin/sync/jobs/${id}/cancel`, { headers: SAME_ORIGIN })).status()).toBe(200);
  expect((await api.get('/api/admin/sync/jobs/999999')).status()).toBe(404);
  expect((await api.post('/api/admin/sync/jobs/999999/retry', { headers: SAME_ORIGIN })).status()).toBe(404);
});

test('a customer gets 403 on /admin/sync, the technician console and every jobs route', async ({ page }) => {
  await signIn(page, demo('customer').username, demo('customer').password);
  expect((await page.goto('/admin/sync'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
  expect((await page.goto('/technician'))?.status()).toBe(403);
  const api = page.request;
  expect((await api.get('/api/admin/sync/jobs')).status()).toBe(403);
  expect((await api.get('/api/technician/console')).status()).toBe(403);
  expect(
    (
      await api.post('/api/admin/sync/jobs', { data: { sourceDb: 'a', sourceCollection: 'b', targetDb: 'a', targetCollection: 'c' }, headers: SAME_ORIGIN })
    ).status(),
  ).toBe(403);
  expect((await api.get('/api/admin/sync/jobs/1')).status()).toBe(403);
  expect((await api.post('/api/admin/sync/jobs/1/cancel', { headers: SAME_ORIGIN })).status()).toBe(403);
  expect((await api.post('/api/admin/sync/jobs/1/retry', { headers: SAME_ORIGIN })).status()).toBe(403);
  expect((await api.delete('/api/admin/sync/jobs/1', { headers: SAME_ORIGIN })).status()).toBe(403);
});

test('a technician may read jobs, cancel and retry, but gets 403 when queueing, scheduling, running again or removing', async ({ page }) => {
  await signIn(page, demo('technician').username, demo('technician').password);
  for (const path of ['/admin/sync', '/admin/sync/schedules', '/admin/sync/schedules/new']) expect((await page.goto(path))?.status(), path).toBe(403);
  const api = page.request;
  expect((await api.get('/api/admin/sync/jobs')).status()).toBe(200);
  expect((await api.get('/api/technician/console')).status()).toBe(200);
  expect(
    (
      await api.post('/api/admin/sync/jobs', {
        data: { sourceDb: E2E_MONGO_DB, sourceCollection: 'customers', targetDb: E2E_MONGO_DB, targetCollection: 'tech' },
        headers: SAME_ORIGIN,
      })
    ).status(),
  ).toBe(403);
  expect((await api.delete('/api/admin/sync/jobs/1', { headers: SAME_ORIGIN })).status()).toBe(403);
  expect((await api.post('/api/admin/sync/jobs/1/run-again', { headers: SAME_ORIGIN })).status()).toBe(403);
  expect((await api.post('/api/admin/sync/jobs/999999/retry', { headers: SAME_ORIGIN })).status()).toBe(404);
  expect((await api.post('/api/admin/sync/jobs/999999/cancel', { headers: SAME_ORIGIN })).status()).toBe(404);
});

test('signed-out callers get 401 from the jobs API', async ({ request }) => {
  expect((await request.get('/api/admin/sync/jobs')).status()).toBe(401);
});

for (const role of ['customer', 'technician'] as const) {
  test(`a ${role} replaying the admin's queue and schedule actions is refused with 403 and changes nothing`, async ({ browser }) => {
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, demo('admin').username, demo('admin').password);
    const before = (await (await adminPage.request.get('/api/admin/sync/jobs?pageSize=100')).json()).total;
    await adminPage.goto('/admin/sync');
    await adminPage.getByLabel('Source database').fill(E2E_MONGO_DB);
    await adminPage.getByLabel('Target database').fill(E2E_MONGO_DB);
    await adminPage.getByLabel('Target collection').fill(`replayed_${uniqueSuffix()}`);
    const scheduleTab = await adminContext.newPage();
    await scheduleTab.goto('/admin/sync/schedules/new');
    await scheduleTab.getByLabel('Name').fill(`replayed ${uniqueSuffix()}`);
    await scheduleTab.getByLabel('Cron pattern').fill('0 4 * * *');
    await scheduleTab.getByLabel('Source database').fill(E2E_MONGO_DB);
    await scheduleTab.getByLabel('Target database').fill(E2E_MONGO_DB);
    await scheduleTab.getByLabel('Target collection').fill(`replayed_${uniqueSuffix()}`);

    const otherContext = await browser.newContext();
    const otherPage = await otherContext.newPage();
    await signIn(otherPage, demo(role).username, demo(role).password);
    // The admin's own cookies come back afterwards (a second sign-in would spend another TOTP step).
    const adminCookies = await adminContext.cookies();
    await adminContext.clearCookies();
    await adminContext.addCookies(await otherContext.cookies());

    const [queued] = await Promise.all([
      adminPage.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/sync')),
      adminPage.getByRole('button', { name: 'Queue sync' }).click(),
    ]);
    expect(queued.status()).toBe(403);
    const [scheduled] = await Promise.all([
      scheduleTab.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/sync/schedules')),
      scheduleTab.getByRole('button', { name: 'Create schedule' }).click(),
    ]);
    expect(scheduled.status()).toBe(403);

    await adminContext.clearCookies();
    await adminContext.addCookies(adminCookies);
    expect((await (await adminPage.request.get('/api/admin/sync/jobs?pageSize=100')).json()).total).toBe(before);
    await adminPage.goto('/admin/sync/schedules');
    await expect(adminPage.getByText('replayed')).toHaveCount(0);
    await adminContext.close();
    await otherContext.close();
  });
}
