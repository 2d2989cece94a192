import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { SAME_ORIGIN } from './support/env';
import { linkIn, waitForMail } from './support/mail';

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;

async function confirm(page: Page, button: string, confirmLabel: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: confirmLabel, exact: true }).click();
}

test('an admin creates a technician, changes their role, disables and re-enables them; the audit log shows each step', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const username = `tech${suffix}`;
  const email = `tech.${suffix}@staff.example.com`;
  const password = 'walnut beacon drizzle 84';

  await signIn(page, demo('admin').username, demo('admin').password);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await atBothWidths(page, () => expectAccessible(page, 'users list'));
  await page.getByRole('link', { name: 'New user' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/new$/);
  await atBothWidths(page, () => expectAccessible(page, 'new user'));

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Username').fill('x');
  await page.getByLabel('First name').fill('Tess');
  await page.getByLabel('Last name').fill('Nguyen');
  await page.getByLabel('Role').selectOption('technician');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.locator('#username-error')).toContainText('Username must be 3–32 characters');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await page.getByLabel('Username').fill(username);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+\?created=1$/);
  await expect(page.getByTestId('form-success')).toContainText(`A link to choose a password was sent to ${email}`);
  const userUrl = page.url().replace(/\?.*$/, '');
  const userId = userUrl.split('/').at(-1)!;
  await atBothWidths(page, () => expectAccessible(page, 'user detail'));

  // The technician chooses a password from the email and signs in.
  const techContext = await browser.newContext();
  const tech = await techContext.newPage();
  await tech.goto(linkIn(await waitForMail(email, 'Your Sync Portal account is ready')));
  await expect(tech.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await expect(tech.getByText('You will sign in with this password from now on.')).toBeVisible();
  await expect(tech.getByText(/signed out/)).toHaveCount(0);
  await atBothWidths(tech, () => expectAccessible(tech, 'set password'));
  await tech.getByLabel('New password', { exact: true }).fill(password);
  await tech.getByLabel('Confirm new password').fill(password);
  await tech.getByRole('button', { name: 'Set new password' }).click();
  await expect(tech).toHaveURL(/\/login\?reason=password-set/);
  await signIn(tech, username, password);
  await expect(tech).toHaveURL(/\/technician$/);

  // Change role: refused for oneself, done for the technician; their open session ends.
  await page.goto(userUrl);
  await page.getByLabel('Role', { exact: true }).selectOption('management');
  await confirm(page, 'Change role', 'Change role');
  await expect(page.getByTestId('form-success')).toHaveText(`${username} is now management; their sessions were signed out.`);
  await expect(page.getByTestId('user-role')).toHaveText('management');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('management');
  await tech.goto('/technician');
  await expect(tech).toHaveURL(/\/login\?reason=session-ended/);
  await signIn(tech, username, password);
  await expect(tech).toHaveURL(/\/management$/);
  expect((await tech.goto('/technician'))?.status()).toBe(403);
  expect((await tech.goto('/management'))?.status()).toBe(200);

  // Disable: a reason is required; the session ends and sign-in shows the reason.
  await confirm(page, 'Disable', 'Disable account');
  await expect(page.getByText('Give a reason: the user sees it when signing in')).toBeVisible();
  await page.getByLabel('Reason for disabling').fill('Contract paused until March');
  await confirm(page, 'Disable', 'Disable account');
  await expect(page.getByTestId('form-success')).toHaveText(`${username} is disabled and was signed out everywhere.`);
  await tech.goto('/management');
  await expect(tech).toHaveURL(/\/login\?reason=session-ended/);
  await tech.getByLabel('Email or username').fill(username);
  await tech.getByLabel('Password').fill(password);
  await tech.getByRole('button', { name: 'Sign in' }).click();
  await expect(tech.getByTestId('form-error')).toHaveText('This account has been disabled: Contract paused until March. Contact an administrator.');

  await confirm(page, 'Enable', 'Enable account');
  await expect(page.getByTestId('form-success')).toHaveText(`${username} may sign in again.`);
  await signIn(tech, username, password);
  await expect(tech).toHaveURL(/\/management$/);
  await techContext.close();

  // The admin's own account: the refusal explains itself.
  await page.goto('/admin/users?q=demo.admin');
  await page.getByRole('table').getByRole('link', { name: 'Alex Admin' }).click();
  await page.getByLabel('Role', { exact: true }).selectOption('customer');
  await confirm(page, 'Change role', 'Change role');
  await expect(page.getByTestId('form-error')).toHaveText('You cannot change your own role; ask another admin.');

  // The audit log shows each step and filters them.
  await page.goto(`/admin/audit?target=${encodeURIComponent(`user:${userId}`)}`);
  await atBothWidths(page, () => expectAccessible(page, 'audit log'));
  const table = page.getByRole('table', { name: 'Audit events' });
  for (const action of ['user.created', 'auth.password_set', 'user.role_changed', 'user.disabled', 'user.enabled'])
    await expect(table.getByText(action, { exact: true })).toBeVisible();
  await page.getByLabel('Action').selectOption('user.disabled');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=user.disabled/);
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('Contract paused until March');

  const csv = await page.request.get((await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')) ?? '');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toBe('id,at,actor_id,actor,action,target,ip,detail');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`user.disabled,user:${userId}`);

  await page.goto('/admin/users?q=nothing-matches-this&role=admin');
  await expect(page.getByText('No user matches these filters.')).toBeVisible();
  await page.goto('/admin/audit?from=2026-99-01');
  await expect(page.getByText('From is not a real date')).toBeVisible();
});

for (const role of ['customer', 'technician'] as const) {
  test(`a ${role} gets 403 on the user and audit pages, their actions and the CSV`, async ({ page }) => {
    await signIn(page, demo(role).username, demo(role).password);
    for (const path of ['/admin/users', '/admin/users/new', '/admin/users/1', '/admin/audit']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
    }
    const csv = await page.request.get('/api/admin/audit/csv');
    expect(csv.status()).toBe(403);
    expect(await csv.text()).not.toContain('user.');
    const action = await page.request.post('/admin/users/1', {
      headers: { ...SAME_ORIGIN, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      data: '[]',
    });
    expect(action.status()).toBe(403);
  });
}
