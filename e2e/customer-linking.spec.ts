import { MongoClient, type Document } from 'mongodb';
import { expect, test, type Page } from '@playwright/test';
import { signUp as signUpWith, uniqueSuffix } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';
import { E2E_ENV, E2E_MONGO_DB } from './support/env';
import { linkIn, waitForMail } from './support/mail';

const PASSWORD = 'copper lagoon violin 58';
const NO_MATCH = 'No customer record with your email address has that account number and birth date.';

/** The n-th seeded analytics record (not the demo customer's): its email, first account number and birth date. */
async function analyticsRecord(n: number): Promise<{ email: string; username: string; accountNumber: string; birthDate: string }> {
  const client = await MongoClient.connect(process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/');
  try {
    const records = await client
      .db(E2E_MONGO_DB)
      .collection<Document>('customers')
      .find({ username: { $ne: 'demo.customer' } })
      .limit(20)
      .toArray();
    const record = records[n];
    return {
      email: String(record.email),
      username: String(record.username),
      accountNumber: String(Number(record.accounts[0])),
      birthDate: (record.birthdate as Date).toISOString().slice(0, 10),
    };
  } finally {
    await client.close();
  }
}

const signUp = (page: Page, email: string, username: string) => signUpWith(page, { email, username, firstName: 'Lee', lastName: 'Morgan', password: PASSWORD });

/** Opens the emailed link signed in, sees which account it names, and confirms. */
async function verifyByMail(page: Page, email: string, username: string): Promise<void> {
  await page.goto(linkIn(await waitForMail(email, 'Verify your email address')));
  await expect(page.getByTestId('confirm-email-question')).toHaveText(`Confirm that ${email} belongs to ${username}.`);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: 'Email verified' })).toBeVisible();
}

async function submitProof(page: Page, accountNumber: string, birthDate: string): Promise<void> {
  await page.getByLabel('Account number').fill(accountNumber);
  await page.getByLabel('Birth date').fill(birthDate);
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Link my record' }).click()]);
}

test('a new customer with a record verifies, is refused a wrong birth date, links with the right one, and an email change ends the link', async ({
  page,
}, info) => {
  const record = await analyticsRecord(3 + info.retry * 2);
  const username = `lee${uniqueSuffix()}`;
  await signUp(page, record.email, username);
  await expect(page.getByTestId('link-explanation')).toContainText('email address is not verified yet');
  await verifyByMail(page, record.email, username);

  await page.goto('/customer');
  await expect(page.getByRole('heading', { name: 'Link your customer record' })).toBeVisible();
  await expect(page.getByTestId('link-explanation')).toContainText(record.email);
  await atBothWidths(page, () => expectAccessible(page, 'customer asked to link a record'));
  const wrongDay = record.birthDate.endsWith('-01') ? record.birthDate.replace(/-01$/, '-02') : record.birthDate.replace(/-\d\d$/, '-01');
  await submitProof(page, record.accountNumber, wrongDay);
  await expect(page.getByTestId('form-error')).toHaveText(NO_MATCH);
  await expect(page.getByLabel('Account number'), 'the refused proof stays in the form').toHaveValue(record.accountNumber);
  await expect(page.getByLabel('Birth date')).toHaveValue(wrongDay);
  await atBothWidths(page, () => expectAccessible(page, 'link refused'));

  await submitProof(page, record.accountNumber, record.birthDate);
  const accounts = page.getByRole('table', { name: /Your accounts/ });
  await expect(accounts.getByRole('link', { name: record.accountNumber })).toBeVisible();
  await expect(page.getByText(record.username, { exact: true })).toBeVisible();

  await page.goto('/profile');
  await page.getByLabel('New email').fill(`moved.${username}@example.com`);
  await page.getByLabel('Your password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Change email' }).click();
  await expect(page.getByTestId('form-success')).toContainText(`no longer linked to the customer record ${record.username}`);
  await page.goto('/customer');
  await expect(page.getByRole('table', { name: /Your accounts/ })).toHaveCount(0);
  await expect(page.getByTestId('link-explanation')).toContainText('email address is not verified yet');
});

test('a wrong account number and birth date are refused, and then throttled even with the right pair', async ({ page }, info) => {
  const record = await analyticsRecord(4 + info.retry * 2);
  const username = `kim${uniqueSuffix()}`;
  await signUp(page, record.email, username);
  await verifyByMail(page, record.email, username);
  await page.goto('/customer');
  for (let i = 0; i < Number(E2E_ENV.LOGIN_MAX_ATTEMPTS); i++) {
    await submitProof(page, '999999999', record.birthDate);
    await expect(page.getByTestId('form-error')).toHaveText(NO_MATCH);
  }
  await submitProof(page, record.accountNumber, record.birthDate);
  await expect(page.getByTestId('form-error')).toContainText('Too many attempts.');
  await expect(page.getByRole('table', { name: /Your accounts/ })).toHaveCount(0);
});

test('a verify link opened without a session asks to sign in, then to confirm which account the address belongs to', async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const email = `ana.${suffix}@example.com`;
  const username = `ana${suffix}`;
  await signUp(page, email, username);
  const link = linkIn(await waitForMail(email, 'Verify your email address'));

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole('heading', { name: 'Sign in to confirm your email address' })).toBeVisible();
  await atBothWidths(visitor, () => expectAccessible(visitor, 'verify link without a session'));
  await visitor.getByRole('link', { name: 'Sign in and confirm' }).click();
  await expect(visitor).toHaveURL(/\/login\?callbackUrl=/);
  await visitor.getByLabel('Email or username').fill(username);
  await visitor.getByLabel('Password').fill(PASSWORD);
  await visitor.getByRole('button', { name: 'Sign in' }).click();
  await expect(visitor.getByTestId('confirm-email-question')).toHaveText(`Confirm that ${email} belongs to ${username}.`);
  await atBothWidths(visitor, () => expectAccessible(visitor, 'confirm the address'));
  await visitor.getByRole('button', { name: 'Confirm' }).click();
  await expect(visitor.getByRole('heading', { name: 'Email verified' })).toBeVisible();
  await context.close();

  await page.goto('/profile');
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();
});
