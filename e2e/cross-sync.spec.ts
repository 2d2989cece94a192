import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { LANE_SUFFIX } from '../tests/support/lane';
import { signIn, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_MONGO_DB } from './support/env';

const admin = DEMO_USERS.find((u) => u.role === 'admin')!;
/** A MySQL schema of the run's own (never the portal's, which the deny list refuses as a target). */
const REPORTS = `e2e_reports${LANE_SUFFIX}`;

async function fillSpec(page: Page, spec: { sourceDb: string; source: string; targetDb: string; target: string; pickSource?: boolean }) {
  await page.goto('/admin/sync');
  await page.getByLabel('Source database').fill(spec.sourceDb);
  if (spec.pickSource) await page.getByLabel('Source collection').selectOption(spec.source);
  else await page.getByLabel('Source collection').fill(spec.source);
  await page.getByLabel('Target database').fill(spec.targetDb);
  await page.getByLabel('Target collection').fill(spec.target);
  await page.getByLabel('Verify').selectOption('hash');
}

/** Queues the filled form, opens the job and waits for it to finish verified. */
async function queueAndWatch(page: Page, route: string) {
  await page.getByRole('button', { name: 'Queue sync' }).click();
  // Queueing checks both endpoints first (a FerretDB listing and a MySQL lookup): slow on a loaded machine.
  await expect(page.getByTestId('form-success')).toContainText(route, { timeout: 30_000 });
  const open = page.getByRole('link', { name: /^Open job #/ });
  const jobPath = (await open.getAttribute('href'))!;
  await open.click();
  // The sync page lists recent jobs with their own state badges: read the badge only once the job page is open.
  await expect(page).toHaveURL(jobPath);
  await expect(page.getByTestId('job-state')).toHaveText('completed', { timeout: 45_000 });
  await expect(page.getByTestId('verification')).toContainText('match — source 200, target 200 documents, content hash equal');
  await expect(page.getByTestId('index-report')).toContainText('The target was created by this run.');
}

test('an admin copies the analytics customers into a new MySQL table through an edited column map, then back into a new collection', async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, admin.username, admin.password);
  const table = `customers_${uniqueSuffix()}`;
  await fillSpec(page, { sourceDb: E2E_MONGO_DB, source: 'customers', targetDb: `mysql:${REPORTS}`, target: table, pickSource: true });

  await page.getByRole('button', { name: 'Propose column map' }).click();
  await expect(page.getByTestId('form-success')).toContainText('Proposed a column map from 200 sampled document(s)');
  await expect(page.getByLabel('MySQL type for _id')).toHaveValue('objectId');
  await expect(page.getByLabel('MySQL type for birthdate')).toHaveValue('date');
  await expect(page.getByLabel('MySQL type for tier_and_details')).toHaveValue('json');
  await atBothWidths(page, () => expectAccessible(page, 'queue form with a column map'));

  // A bad edit is refused by the shared schema, and the rows stay as typed.
  await page.getByLabel('Column name for name').fill('full name');
  await expect(page.locator('#columns-error')).toContainText('column names may contain only letters, digits and "_"');
  await page.getByRole('button', { name: 'Queue sync' }).click();
  await expect(page.getByText('column names may contain only letters, digits and "_"').first()).toBeVisible();
  await expect(page.getByLabel('Column name for name')).toHaveValue('full name');
  await page.getByLabel('Column name for name').fill('full_name');
  await queueAndWatch(page, `${E2E_MONGO_DB}.customers → mysql:${REPORTS}.${table}`);
  await expect(page.getByTestId('job-logs')).toContainText('name → full_name string');
  await atBothWidths(page, () => expectAccessible(page, 'cross sync job page'));

  const back = `customers_back_${uniqueSuffix()}`;
  await fillSpec(page, { sourceDb: `mysql:${REPORTS}`, source: table, targetDb: E2E_MONGO_DB, target: back });
  await expect(page.getByRole('button', { name: 'Propose column map' })).toHaveCount(0);
  await queueAndWatch(page, `mysql:${REPORTS}.${table} → ${E2E_MONGO_DB}.${back}`);
});
