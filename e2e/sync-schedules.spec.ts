import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_MONGO_DB } from './support/env';

const admin = DEMO_USERS.find((u) => u.role === 'admin')!;

test('an admin creates a schedule, sees its next run in words, runs it now, pauses it and deletes it after confirming', async ({ page }) => {
  await signIn(page, admin.username, admin.password);
  const name = `Nightly customers ${uniqueSuffix()}`;
  await page.goto('/admin/sync/schedules/new');
  await expect(page.getByLabel('Mode')).toHaveValue('incremental');
  await atBothWidths(page, () => expectAccessible(page, 'new schedule'));
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Cron pattern').fill('* * * * * *');
  await page.getByLabel('Source database').fill(E2E_MONGO_DB);
  await page.getByLabel('Source collection').selectOption('customers');
  await page.getByLabel('Target database').fill(E2E_MONGO_DB);
  await page.getByLabel('Target collection').fill(`scheduled_${uniqueSuffix()}`);
  await page.getByRole('button', { name: 'Create schedule' }).click();
  await expect(page.locator('#cron-error')).toContainText('more often than once a minute');
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await expect(page.getByLabel('Source collection')).toHaveValue('customers');

  await page.getByLabel('Cron pattern').fill('30 2 * * *');
  await expect(page.getByText('In words: At 02:30')).toBeVisible();
  await page.getByLabel('Timezone').fill('Europe/Paris');
  await page.getByRole('button', { name: 'Create schedule' }).click();
  await expect(page).toHaveURL(/\/admin\/sync\/schedules\?saved=/);
  const row = page.getByRole('row').filter({ has: page.getByTestId(`schedule-${name}`) });
  await expect(row.getByTestId('schedule-words')).toHaveText('At 02:30 (Europe/Paris time)');
  const next = await row.getByTestId('schedule-next').textContent();
  expect(next).not.toBe('—');
  await atBothWidths(page, () => expectAccessible(page, 'schedules'));

  await row.getByRole('button', { name: `Run now ${name}` }).click();
  const queued = page.getByTestId('form-success').filter({ hasText: "the schedule's next run is unchanged" });
  await expect(queued).toBeVisible();
  await expect(row.getByTestId('schedule-next')).toHaveText(next!);
  const jobId = (await queued.textContent())!.match(/Queued job (\S+);/)![1];
  await expect.poll(async () => (await (await page.request.get(`/api/admin/sync/jobs/${jobId}`)).json()).state, { timeout: 30_000 }).toBe('completed');

  await row.getByRole('button', { name: `Pause ${name}` }).click();
  await expect(row.getByTestId('schedule-enabled')).toHaveText('paused');
  await page.reload();
  await expect(row.getByTestId('schedule-words')).toContainText('02:30');
  await expect(row).toContainText(`#${jobId}`);

  await row.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete the schedule “${name}”?` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete schedule' }).click();
  await expect(page.getByTestId('form-success').filter({ hasText: `Schedule “${name}” was deleted` })).toBeVisible();
  await expect(page.getByTestId(`schedule-${name}`)).toHaveCount(0);
});

test('the built-in customer-copy schedules are listed, can be run now (the run derives the figures), and offer no Delete', async ({ page }) => {
  await signIn(page, admin.username, admin.password);
  await page.goto('/admin/sync/schedules');
  for (const copy of ['customers', 'accounts', 'transactions']) {
    const row = page.getByRole('row').filter({ has: page.getByTestId(`schedule-Customer pages: ${copy}`) });
    await expect(row).toContainText('Built in');
    await expect(row).toContainText(`mysql:sync_portal_e2e`);
    await expect(row).toContainText('mirror');
    await expect(row.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  }
  const name = 'Customer pages: transactions';
  const row = page.getByRole('row').filter({ has: page.getByTestId(`schedule-${name}`) });
  await row.getByRole('button', { name: `Run now ${name}` }).click();
  const queued = page.getByTestId('form-success').filter({ hasText: "the schedule's next run is unchanged" });
  await expect(queued).toBeVisible();
  const jobId = (await queued.textContent())!.match(/Queued job (\S+);/)![1];
  await expect.poll(async () => (await (await page.request.get(`/api/admin/sync/jobs/${jobId}`)).json()).state, { timeout: 60_000 }).toBe('completed');
  await page.goto(`/admin/sync/${jobId}`);
  await expect(page.getByText(/customer figures derived from the transactions copy/)).toBeVisible();
});

test('the schedule form reports every bad field in one submit and keeps every value, then saves once they are fixed', async ({ page }) => {
  await signIn(page, admin.username, admin.password);
  await page.goto('/admin/sync/schedules/new');
  const target = `scheduled_${uniqueSuffix()}`;
  // Three independent mistakes at once: no name, an interval of 0 minutes, a batch size of 0.
  await page.getByLabel('Repeat').selectOption('every');
  await page.getByLabel('Every (minutes)').fill('0');
  await page.getByLabel('If the previous run is still going').selectOption('queue');
  await page.getByLabel('Source database').fill(E2E_MONGO_DB);
  await page.getByLabel('Source collection').selectOption('customers');
  await page.getByLabel('Target database').fill(E2E_MONGO_DB);
  await page.getByLabel('Target collection').fill(target);
  await page.getByLabel('Mode').selectOption('mirror');
  await page.getByLabel('Batch size').fill('0');
  await page.getByLabel('Verify').selectOption('count');
  await page.getByRole('button', { name: 'Create schedule' }).click();

  await expect(page.locator('#name-error')).toHaveText('name is required');
  await expect(page.locator('#everyMinutes-error')).toContainText('interval must be from 1 to 10,080 minutes');
  await expect(page.locator('#batchSize-error')).toContainText('batch size must be at least 1');
  const kept = {
    Repeat: 'every',
    'Every (minutes)': '0',
    'If the previous run is still going': 'queue',
    'Source database': E2E_MONGO_DB,
    'Source collection': 'customers',
    'Target database': E2E_MONGO_DB,
    'Target collection': target,
    Mode: 'mirror',
    'Batch size': '0',
    Verify: 'count',
  };
  for (const [label, value] of Object.entries(kept)) await expect(page.getByLabel(label, { exact: true }), label).toHaveValue(value);
  await atBothWidths(page, () => expectAccessible(page, 'schedule form with every error'));

  // Next: a cron pattern in a bad timezone, with a name another schedule holds and a source that does not exist.
  await page.getByLabel('Name').fill('Customer pages: customers');
  await page.getByLabel('Repeat').selectOption('cron');
  await page.getByLabel('Cron pattern').fill('0 3 * * *');
  await page.getByLabel('Timezone').fill('Mars/Olympus');
  await page.getByLabel('Batch size').fill('500');
  await page.getByRole('button', { name: 'Create schedule' }).click();
  await expect(page.locator('#timezone-error')).toContainText('"Mars/Olympus" is not a known timezone');
  await expect(page.getByLabel('Cron pattern')).toHaveValue('0 3 * * *');
  await expect(page.getByLabel('Name')).toHaveValue('Customer pages: customers');

  await page.getByLabel('Timezone').fill('UTC');
  await page.getByLabel('Source database').fill(`${E2E_MONGO_DB}_nowhere`);
  await page.getByLabel('Source collection').fill('customers');
  await page.getByRole('button', { name: 'Create schedule' }).click();
  await expect(page.locator('#name-error')).toHaveText('a schedule named "Customer pages: customers" already exists');
  await expect(page.locator('#sourceCollection-error')).toContainText('does not exist');
  await expect(page.getByLabel('Timezone')).toHaveValue('UTC');
  await expect(page.getByLabel('Mode')).toHaveValue('mirror');

  const name = `Every hour ${uniqueSuffix()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Source database').fill(E2E_MONGO_DB);
  await page.getByLabel('Source collection').selectOption('customers');
  await page.getByRole('button', { name: 'Create schedule' }).click();
  await expect(page).toHaveURL(/\/admin\/sync\/schedules\?saved=/);
  await expect(page.getByTestId(`schedule-${name}`)).toBeVisible();
});
