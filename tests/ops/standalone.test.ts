import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { auditEvents } from '@/lib/db/schema';
import { fetchWith, signInOverHttp } from '../security/support/http';
import { startApp, type App } from '../security/support/app';
import { makeUser, TEST_PASSWORD } from '../support/users';

let app: App;
let image: App;

beforeAll(async () => {
  // METRICS_TOKEN empty wins over a developer's .env.local (start:prod loads it; variables already set win).
  [app, image] = await Promise.all([startApp(21, { METRICS_TOKEN: '' }, { mode: 'start-prod' }), startApp(23, {}, { mode: 'image' })]);
}, 120_000);

afterAll(async () => {
  await Promise.all([app?.stop(), image?.stop()]);
});

it('the standalone server (npm run start:prod) serves sign-in with its static assets, a signed-in page and /api/health; the sign-in’s audit row and its log line carry the request id', async () => {
  const login = await fetch(`${app.url}/login`);
  expect(login.status).toBe(200);
  const html = await login.text();
  expect(html).toContain('name="identifier"');
  const scripts = [...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts.slice(0, 3)) expect((await fetch(`${app.url}${script}`)).status).toBe(200);

  const user = await makeUser('customer');
  const signIn = await signInOverHttp(app.url, user.username, TEST_PASSWORD);
  expect(signIn.ok).toBe(true);
  const requestId = signIn.response.headers.get('x-request-id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  const [audit] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, user.id), eq(auditEvents.action, 'auth.signin')));
  expect(audit.requestId).toBe(requestId);
  const lines = app
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.find((line) => line.requestId === requestId && line.msg === 'audit')).toMatchObject({ action: 'auth.signin', userId: user.id, level: 30 });
  const profile = await fetchWith(signIn.jar, `${app.url}/profile`);
  expect(profile.status).toBe(200);
  expect(await profile.text()).toContain(user.username);

  const health = await fetch(`${app.url}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });
}, 60_000);

it('answers /api/metrics with 404 while METRICS_TOKEN is not set, whatever the Authorization', async () => {
  expect((await fetch(`${app.url}/api/metrics`)).status).toBe(404);
  expect((await fetch(`${app.url}/api/metrics`, { headers: { authorization: 'Bearer anything-at-all-here' } })).status).toBe(404);
});

it('the web image’s files alone (standalone + static, outside the repository’s node_modules) serve sign-in, a signed-in page and its assets', async () => {
  const html = await (await fetch(`${image.url}/login`)).text();
  const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeDefined();
  expect((await fetch(`${image.url}${script}`)).status).toBe(200);
  const user = await makeUser('customer');
  const signIn = await signInOverHttp(image.url, user.username, TEST_PASSWORD);
  expect(signIn.ok, image.output()).toBe(true);
  const page = await fetchWith(signIn.jar, `${image.url}/profile`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain(user.username);
}, 60_000);
