import { expect, test } from '@playwright/test';
import { E2E_DOWN_PORT } from './support/env';

const down = `http://127.0.0.1:${E2E_DOWN_PORT}`;

test('with MySQL down, /login answers 503 "Service temporarily unavailable" and health names mysql', async ({ page, request }) => {
  const response = await page.goto(`${down}/login`);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole('heading', { name: 'Service temporarily unavailable' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/ECONNREFUSED|at .*\.js:\d+/);

  const health = await request.get(`${down}/api/health`);
  expect(health.status()).toBe(503);
  const body = await health.json();
  expect(body.failing).toEqual(['mysql']);
  expect(body.checks.redis.status).toBe('ok');
});

test('with every store up, /api/health answers 200 with each check and its latency', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const body = await health.json();
  expect(body.status).toBe('ok');
  for (const name of ['mysql', 'redis', 'mongodb']) {
    expect(body.checks[name].status).toBe('ok');
    expect(typeof body.checks[name].latencyMs).toBe('number');
  }
  expect((await request.get('/api/health?check=nope')).status()).toBe(400);
});
