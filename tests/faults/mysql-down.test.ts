import '../sync/support/isolate';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recreateDatabase, runMigrations } from '@/scripts/migrate';
import { nextCode } from '../support/totp';
import { until } from '../support/until';
import { privatePort, startPrivateFerretdb, startPrivateMariadb, startPrivateRedis, waitForPort, type PrivateStore } from './support/private-stores';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = privatePort(5);
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = { username: 'fault_admin', email: 'fault_admin@example.test', password: 'Fault-Admin-Passw0rd!' };
const SIGNED_IN_PAGES = ['/admin', '/admin/sync', '/profile', '/management', '/technician', '/customer'];
const QUEUE_DOWN = 'the job queue (Redis) is not reachable; try again in a moment';
const MONGO_DB = 'test_mysql_down';

let mariadb: PrivateStore;
let redis: PrivateStore;
let ferretdb: PrivateStore;
let server: ChildProcess | undefined;
let serverOutput = '';
let browser: Browser | undefined;
let admin: BrowserContext;
let adminSecret = '';
let mongo: MongoClient;

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) throw new Error('this test serves the production build: run `npx next build` first (npm test does)');
  mariadb = await startPrivateMariadb(privatePort(4));
  redis = await startPrivateRedis(privatePort(6), { persistence: false });
  // Its own MongoDB server too: the admin sync page lists every database of the server it talks to.
  ferretdb = await startPrivateFerretdb(privatePort(7), 'mysql_down');
  const databaseUrl = `${mariadb.url}/sync_portal_fault`;
  await recreateDatabase(databaseUrl);
  await runMigrations(databaseUrl);
  const serverEnv = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    MONGODB_URI: ferretdb.url,
    AUTH_SECRET: 'fault-secret-fault-secret-fault-secret-0123',
    MFA_ENCRYPTION_KEY: '6661756c74206661756c74206661756c74206661756c74206661756c74203031',
    AUTH_TRUST_HOST: 'true',
    APP_URL: BASE,
    BCRYPT_COST: '4',
  };
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/user-create.ts', '--email', ADMIN.email, '--username', ADMIN.username, '--password', ADMIN.password, '--role', 'admin'],
    { cwd: ROOT, env: serverEnv, stdio: 'pipe' },
  );
  mongo = await new MongoClient(ferretdb.url).connect();
  await mongo
    .db(MONGO_DB)
    .collection('source')
    .insertOne({ _id: 1 as never, name: 'one' });

  server = spawn(process.execPath, ['scripts/start-prod.mjs'], {
    cwd: ROOT,
    env: { ...serverEnv, HOSTNAME: '127.0.0.1', PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  await waitForPort(PORT);
  await until(async () => ((await fetch(`${BASE}/api/health?check=mysql`)).ok ? true : undefined), 'the server to answer', {
    timeoutMs: 60_000,
    output: () => serverOutput,
  });

  const executablePath = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  admin = await browser.newContext({ baseURL: BASE });
  const page = await admin.newPage();
  await submitPassword(page);
  // A user:create admin enrols in 2FA at first sign-in (MFA_REQUIRED_ROLES); later sign-ins take a code.
  await page.waitForURL((url) => url.pathname === '/profile/security');
  adminSecret = (await page.getByTestId('totp-secret').innerText()).trim();
  await page.getByLabel('Authentication code').fill(await nextCode(adminSecret));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await page.getByTestId('recovery-codes').waitFor();
  await page.getByRole('link', { name: 'I saved my codes — continue' }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  await page.close();
}, 180_000);

async function submitPassword(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email or username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    server.kill('SIGKILL');
  }
  await mongo?.db(MONGO_DB).dropDatabase();
  await mongo?.close();
  await redis?.close();
  await ferretdb?.close();
  await mariadb?.close();
});

/** The page as the signed-in browser gets it (its cookies), without waiting for client-side loading. */
async function statusOf(context: BrowserContext, pathname: string): Promise<{ status: number; text: string }> {
  const response = await context.request.get(pathname, { maxRedirects: 0, timeout: 20_000 });
  return { status: response.status(), text: await response.text() };
}

it('Redis down: the queue form says what the JSON route says (the job queue is not reachable); signing in still works', async () => {
  for (const pathname of SIGNED_IN_PAGES) expect({ pathname, status: (await statusOf(admin, pathname)).status }).toEqual({ pathname, status: 200 });
  await redis.kill();

  const page = await admin.newPage();
  await page.goto('/admin/sync', { waitUntil: 'domcontentloaded' });
  // Typed before hydration, the database is not seen by the form yet: type it again until the collection list shows.
  for (let attempt = 1; ; attempt++) {
    await page.getByLabel('Source database').fill(MONGO_DB);
    try {
      await page.locator('select#sourceCollection').waitFor({ state: 'visible', timeout: 2_000 });
      break;
    } catch (error) {
      if (attempt === 10) throw error;
    }
  }
  await page.getByLabel('Source collection').selectOption('source');
  await page.getByLabel('Target database').fill(MONGO_DB);
  await page.getByLabel('Target collection').fill('copy');
  await page.getByRole('button', { name: 'Queue sync' }).click();
  await page.getByText(QUEUE_DOWN).waitFor({ timeout: 15_000 });

  // The JSON route, called the way the portal's own pages call it (same origin, the browser's cookies).
  const route = await page.evaluate(
    async (spec) => {
      const response = await fetch('/api/admin/sync/jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { sourceDb: MONGO_DB, sourceCollection: 'source', targetDb: MONGO_DB, targetCollection: 'copy' },
  );
  expect(route).toEqual({ status: 503, body: { error: QUEUE_DOWN } });
  await page.close();

  // Held: signing in still works with Redis down (the throttle falls back to memory).
  const visitor = await browser!.newContext({ baseURL: BASE });
  const signIn = await visitor.newPage();
  await submitPassword(signIn);
  await signIn.getByLabel('Authentication code').fill(await nextCode(adminSecret));
  await signIn.getByRole('button', { name: 'Verify' }).click();
  await signIn.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
  await visitor.close();
  await redis.start();
}, 60_000);

it('MySQL down: every signed-in page answers the 503 page, a sign-in says the service is unavailable, and all recover without a restart', async () => {
  const visitor = await browser!.newContext({ baseURL: BASE });
  const signIn = await visitor.newPage();
  await signIn.goto('/login');

  await mariadb.kill();
  await until(async () => ((await statusOf(admin, '/admin')).status === 503 ? true : undefined), '/admin to answer 503', {
    timeoutMs: 30_000,
    output: () => serverOutput,
  });
  for (const pathname of SIGNED_IN_PAGES) {
    const { status, text } = await statusOf(admin, pathname);
    expect({ pathname, status }).toEqual({ pathname, status: 503 });
    expect(text).toContain('Service temporarily unavailable');
    expect(text).not.toMatch(/ECONNREFUSED|Something went wrong/);
  }

  await signIn.getByLabel('Email or username').fill(ADMIN.username);
  await signIn.getByLabel('Password').fill(ADMIN.password);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await signIn.getByText('Service temporarily unavailable. Please try again in a moment.').waitFor({ timeout: 15_000 });
  expect(new URL(signIn.url()).pathname).toBe('/login');
  await visitor.close();

  await mariadb.start();
  await until(async () => ((await statusOf(admin, '/admin')).status === 200 ? true : undefined), '/admin to recover', {
    timeoutMs: 60_000,
    output: () => serverOutput,
  });
  for (const pathname of SIGNED_IN_PAGES) expect({ pathname, status: (await statusOf(admin, pathname)).status }).toEqual({ pathname, status: 200 });
  expect(server?.exitCode).toBeNull();
}, 120_000);
