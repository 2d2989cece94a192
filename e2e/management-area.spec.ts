import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { signIn } from './support/auth';
import { atBothWidths, expectAccessible } from './support/axe';

const manager = DEMO_USERS.find((u) => u.role === 'management')!;

test('management sees KPIs and charts with their tables, and downloads a CSV whose rows match the table', async ({ page }) => {
  await signIn(page, manager.username, manager.password);
  await page.goto('/management?period=365d');
  await expect(page.getByTestId('computed-at')).toContainText('Figures computed');
  const kpis = page.getByTestId('kpis');
  for (const label of ['Customers', 'Active customers', 'Accounts', 'Trades', 'Traded value']) await expect(kpis).toContainText(label);
  for (const title of ['Customers by tier', 'Accounts by product', 'Traded value by month', 'Top 10 symbols by traded value']) {
    const figure = page.getByRole('figure', { name: title });
    await expect(figure.getByRole('img', { name: new RegExp(`^${title} \\(chart`) })).toBeVisible();
    const rows = figure.getByRole('table', { name: title }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    // Every bar is labelled: one category label per table row, in the same order (long names may be cut with "…").
    const firsts = await rows.evaluateAll((trs) => trs.map((tr) => (tr.querySelector('td,th')?.textContent ?? '').trim()));
    const labels = await figure.getByTestId('chart-category').allTextContents();
    expect(labels).toHaveLength(firsts.length);
    labels.forEach((label, i) =>
      expect(label.endsWith('…') ? firsts[i].startsWith(label.slice(0, -1)) : label === firsts[i], `${label} / ${firsts[i]}`).toBe(true),
    );
  }
  await expect(page.getByRole('link', { name: 'Sync statistics →' })).toHaveAttribute('href', '/management/sync');
  await atBothWidths(page, () => expectAccessible(page, 'management overview'));

  const figure = page.getByRole('figure', { name: 'Top 10 symbols by traded value' });
  const tableRows = await figure
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/,/g, ''))));
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: /Download CSV/ }).click()]);
  const csv = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toBe('Symbol,Trades,Traded value');
  expect(lines.slice(1).map((l) => l.split(','))).toEqual(tableRows);

  await page.getByRole('link', { name: 'All time' }).click();
  await expect(page).toHaveURL(/period=all/);
  await expect(page.getByRole('link', { name: 'All time' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'Refresh figures' }).click();
  await expect(page.getByTestId('refresh-status')).toContainText(/queued|computing|done/i);

  await page.goto('/management?period=7y');
  await expect(page.getByTestId('form-error')).toContainText('Choose a period');
  await atBothWidths(page, () => expectAccessible(page, 'management with a bad period'));
});
