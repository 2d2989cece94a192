import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { createConnection } from 'mysql2/promise';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn, signUpCustomer, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_BIG_DB, E2E_ENV, E2E_MONGO_DB, SAME_ORIGIN } from './support/env';

/** Issue 17: after every action the page shows what the server now holds, and no screen contradicts another. */
const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;

async function queueJob(api: APIRequestContext, db: string, collection: string, target: string, batchSize: string): Promise<string> {
  const created = await api.post('/api/admin/sync/jobs', {
    data: { sourceDb: db, sourceCollection: collection, targetDb: db, targetCollection: target, batchSize },
    headers: SAME_ORIGIN,
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()).id;
}

const jobState = async (api: APIRequestContext, id: string) => (await (await api.get(`/api/admin/sync/jobs/${id}`)).json()).state;

/** A large job stopped mid-run: it waits in the "failed and cancelled" list with a checkpoint to resume from. */
async function cancelledJob(api: APIRequestContext): Promise<string> {
  const id = await queueJob(api, E2E_BIG_DB, 'accounts', `truth_${uniqueSuffix()}`, '25');
  await expect.poll(() => jobState(api, id), { timeout: 30_000 }).toBe('active');
  expect((await api.post(`/api/admin/sync/jobs/${id}/cancel`, { headers: SAME_ORIGIN })).status()).toBe(200);
  await expect.poll(() => jobState(api, id), { timeout: 30_000 }).toBe('cancelled');
  return id;
}

/** Right edge of the element's box, in viewport pixels. */
const rightEdge = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.x + box.width;
};

test('a job page counts attempts from its run history, and the history follows Cancel → Retry without a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, demo('admin').username, demo('admin').password);
  const small = await queueJob(page.request, E2E_MONGO_DB, 'customers', `truth_small_${uniqueSuffix()}`, '50');
  await expect.poll(() => jobState(page.request, small), { timeout: 30_000 }).toBe('completed');
  await page.goto(`/admin/sync/${small}`);
  await expect(page.getByTestId('job-attempts')).toHaveText('1 attempt, completed');

  const big = await queueJob(page.request, E2E_BIG_DB, 'accounts', `truth_big_${uniqueSuffix()}`, '25');
  await page.goto(`/admin/sync/${big}`);
  const state = page.getByTestId('job-state').first();
  await expect(state).toHaveText('active', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(state).toHaveText('cancelled', { timeout: 30_000 });
  await expect(page.getByTestId('run-state').first()).toHaveText('cancelled');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(state).toHaveText('completed', { timeout: 120_000 });
  await expect(page.getByTestId('run-state')).toHaveText(['completed', 'cancelled']);
  await expect(page.getByTestId('job-attempts')).toHaveText('2 attempts, completed (earlier: 1 cancelled)');
});

test('a scheduled run shows the schedule name and run time wherever its id shows, and the schedule actions fit at 1280 px', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo('admin').username, demo('admin').password);
  const name = `Hourly customers ${uniqueSuffix()}`;
  const target = `truth_sched_${uniqueSuffix()}`;
  await page.goto('/admin/sync/schedules/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Repeat').selectOption('every');
  await page.getByLabel('Every (minutes)').fill('60');
  await page.getByLabel('Source database').fill(E2E_MONGO_DB);
  await page.getByLabel('Source collection').selectOption('customers');
  await page.getByLabel('Target database').fill(E2E_MONGO_DB);
  await page.getByLabel('Target collection').fill(target);
  await page.getByRole('button', { name: 'Create schedule' }).click();
  await expect(page).toHaveURL(/\/admin\/sync\/schedules\?saved=/);

  // An interval schedule fires at once: its run is the scheduler's job ("repeat:schedule-N:<ms>" inside BullMQ).
  const row = page.getByRole('row').filter({ has: page.getByTestId(`schedule-${name}`) });
  const lastRun = row.getByRole('link', { name: new RegExp(`^${name} at `) });
  await expect(async () => {
    await page.reload();
    await expect(lastRun).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).not.toContainText('repeat:');

  await page.setViewportSize({ width: 1280, height: 900 });
  const table = page.getByRole('region', { name: 'Sync schedules' });
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const actions = await row.getByRole('cell').last().locator('a, button').filter({ visible: true }).all();
  expect(actions).toHaveLength(4);
  for (const button of actions) {
    expect(await button.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await rightEdge(button)).toBeLessThanOrEqual(await rightEdge(table));
  }
  await atBothWidths(page, () => expectAccessible(page, 'schedules'));

  await lastRun.click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(name);
  await expect(heading).not.toContainText('repeat:');
  await expect(page).toHaveTitle(new RegExp(name));
  await expect(page.getByRole('region', { name: 'Attempts of this job' })).not.toContainText('repeat:');

  await page.goto(`/admin/sync?q=${target}`);
  const history = page.getByRole('region', { name: 'Sync runs' });
  await expect(history.getByRole('link', { name: new RegExp(`^${name} at `) }).first()).toBeVisible();
  await expect(history).not.toContainText('repeat:');
});

test('a technician opens a stopped job from the console, reads it and retries it with feedback; the console fits 390 px', async ({ browser }) => {
  test.setTimeout(240_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo('admin').username, demo('admin').password);
  const fromConsole = await cancelledJob(admin.request);
  const fromPage = await cancelledJob(admin.request);
  await adminContext.close();

  const techContext = await browser.newContext();
  const page = await techContext.newPage();
  await signIn(page, demo('technician').username, demo('technician').password);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/technician');
  const row = page.getByRole('row').filter({ has: page.getByTestId(`attention-${fromConsole}`) });
  const retry = row.getByRole('button', { name: `Retry job ${fromConsole}` });
  await expect(retry).toBeVisible();
  expect(await rightEdge(retry)).toBeLessThanOrEqual(390);
  const error = row.getByTestId('attention-error');
  expect((await error.boundingBox())!.width).toBeGreaterThanOrEqual(120);
  await atBothWidths(page, () => expectAccessible(page, 'technician console'));

  await retry.click();
  await expect(page.getByTestId('console-feedback')).toContainText(`Job ${fromConsole} was queued again and resumes from its checkpoint`);

  await page
    .getByRole('row')
    .filter({ has: page.getByTestId(`attention-${fromPage}`) })
    .getByRole('link', { name: `#${fromPage}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/technician/jobs/${fromPage}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Sync job #${fromPage}` })).toBeVisible();
  await expect(page.getByTestId('job-state').first()).toHaveText('cancelled');
  await expect(page.getByTestId('job-logs')).toContainText('cancel requested by demo.admin');
  await expect(page.getByText(`${E2E_BIG_DB}.accounts →`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await atBothWidths(page, () => expectAccessible(page, 'technician job page'));
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('form-success')).toContainText('resumes from its checkpoint');
  await expect(page.getByTestId('job-state').first()).toHaveText('completed', { timeout: 120_000 });
  await expect(page.getByTestId('run-state').first()).toHaveText('completed');
  await techContext.close();
});

test('"Refresh figures" reports progress and ends with the new figures on the page', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo('management').username, demo('management').password);
  await page.goto('/management');
  const computedAt = page.getByTestId('computed-at');
  await expect(computedAt).toContainText('Figures computed');
  await page.getByRole('button', { name: 'Refresh figures' }).click();
  const status = page.getByTestId('refresh-status');
  await expect(status).toContainText(/queued|computing/i);
  await expect(status).toContainText('Done: the figures below were computed', { timeout: 60_000 });
  const at = (await status.textContent())!.match(/computed (.+ UTC)/)![1];
  await expect(computedAt).toContainText(`Figures computed ${at}`);
  await atBothWidths(page, () => expectAccessible(page, 'management after refresh'));
});

test('after a password change the other sessions leave the list at once, and the list reads at 390 px', async ({ page, browser }) => {
  const username = `truth${uniqueSuffix()}`;
  const password = 'lilac tundra beacon 12';
  await signUpCustomer(page, username, password, { first: 'Ruth', last: 'Tan' });
  const other = await browser.newContext();
  await signIn(await other.newPage(), username, password);

  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/profile');
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  for (const r of await rows.all()) {
    const [ip, seen] = [r.getByTestId('session-ip'), r.locator('time')];
    const gap = (await seen.boundingBox())!.x - (await ip.evaluate((el) => el.getBoundingClientRect().right));
    expect(gap).toBeGreaterThanOrEqual(8);
  }
  await expectAccessible(page, 'profile at 390 px');

  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill('amber river compass 77');
  await page.getByLabel('Confirm new password').fill('amber river compass 77');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('1 other session(s) were signed out')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await other.close();
});

test('"Slowest pairs" and "Most-failing pairs" count the same runs for the same pair', async ({ page }) => {
  const pair = { source: `${E2E_MONGO_DB}.truth_src_${uniqueSuffix()}`, target: `${E2E_MONGO_DB}.truth_dst` };
  const mysql = await createConnection(E2E_ENV.DATABASE_URL);
  const row = (state: string, i: number) => [
    `truth-${pair.source}-${i}`,
    '{}',
    pair.source,
    pair.target,
    'upsert',
    'user',
    state,
    state === 'completed' ? 1 : null,
  ];
  const rows = [...[0, 1, 2].map((i) => row('completed', i)), ...Array.from({ length: 9 }, (_, i) => row('failed', 10 + i))];
  await mysql.query(
    `INSERT INTO sync_runs (job_id, spec, source_ns, target_ns, mode, origin, state, docs_per_sec, started_at, finished_at) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, NOW(3) - INTERVAL 2 SECOND, NOW(3))').join(', ')}`,
    rows.flat(),
  );
  await mysql.end();

  await signIn(page, demo('management').username, demo('management').password);
  await page.goto('/management/sync');
  const name = `${pair.source} → ${pair.target}`;
  const cellsIn = async (caption: string) =>
    page.getByRole('region', { name: caption }).getByRole('row').filter({ hasText: name }).getByRole('cell').allTextContents();
  const slowest = await cellsIn('Slowest pairs (lowest average docs/s)');
  const failing = await cellsIn('Most-failing pairs');
  expect(slowest.slice(1, 3)).toEqual(['12', '9 (75.0 %)']);
  expect(failing.slice(1, 3)).toEqual(slowest.slice(1, 3));
});
