/**
 * Why: e2e journeys run in Debian's Chromium (Playwright cannot download browsers here) against a production
 * build served on 127.0.0.1 with its own database, a sync worker on its own queue prefix, plus a second server
 * whose MySQL is unreachable on purpose.
 * `npm run test:e2e` prepares the database first (e2e/support/prepare.ts) and expects `next build` to have run.
 */
import { execSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { E2E_BASE_URL, E2E_DOWN_PORT, E2E_ENV, E2E_MAIL_API, E2E_MAIL_WEB_PORT, E2E_PORT, E2E_SMTP_PORT } from './e2e/support/env';

const chromium = execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8' }).trim();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // The run's own mail catcher: journeys read the portal's email from its HTTP API.
      command: `node_modules/.bin/maildev --smtp ${E2E_SMTP_PORT} --web ${E2E_MAIL_WEB_PORT} --ip 127.0.0.1 --silent`,
      url: `${E2E_MAIL_API}/email`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node --import tsx --import ./tests/support/worker-hooks.ts worker/index.ts',
      // Test hooks on: a 40 ms pause after each checkpoint keeps the "large" job running long enough to cancel
      // from the page on any machine (without it a fast machine finishes before the click lands).
      env: { ...E2E_ENV, NODE_ENV: 'test', SYNC_TEST_BATCH_DELAY_MS: '40' },
      wait: { stdout: /worker ready/ },
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
    {
      command: 'node scripts/start-prod.mjs',
      url: `${E2E_BASE_URL}/api/health?check=mysql`,
      env: { ...E2E_ENV, HOSTNAME: '127.0.0.1', PORT: String(E2E_PORT) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/start-prod.mjs',
      url: `http://127.0.0.1:${E2E_DOWN_PORT}/api/health?check=redis`,
      env: { ...E2E_ENV, HOSTNAME: '127.0.0.1', PORT: String(E2E_DOWN_PORT), DATABASE_URL: 'mysql://root@127.0.0.1:1/sync_portal_e2e' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
