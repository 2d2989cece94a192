import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanePort, obliterateQueue, startApp, type App } from './support/app';
import { dropDatabases, queueJob, seedSource, signedInAdmin, SOURCE_DB } from './support/admin-api';
import { fetchWith, type CookieJar } from './support/http';

const FOREIGN = `http://127.0.0.1:${lanePort(99)}`;

describe('state-changing JSON routes refuse cross-site requests (over HTTP, with an admin cookie)', () => {
  let app: App;
  let jar: CookieJar;
  let jobId: string;
  beforeAll(async () => {
    await seedSource();
    app = await startApp(7);
    jar = await signedInAdmin(app);
    const queued = await queueJob(app, jar, { targetCollection: 'cross_site_control' }, { origin: app.url });
    expect(queued, JSON.stringify(queued.body)).toMatchObject({ status: 201 });
    jobId = queued.body.id!;
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await obliterateQueue(app.prefix);
    await dropDatabases();
  });

  const spec = JSON.stringify({ sourceDb: SOURCE_DB, sourceCollection: 'source', targetDb: SOURCE_DB, targetCollection: 'cross_site' });

  it('a text/plain body from a page on another port of the same host is refused (403)', async () => {
    const response = await fetchWith(jar, `${app.url}/api/admin/sync/jobs`, {
      method: 'POST',
      headers: { origin: FOREIGN, 'content-type': 'text/plain' },
      body: spec,
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/Cross-site request refused/);
  });

  it('a text/plain body from our own origin is refused as not JSON (415)', async () => {
    const response = await fetchWith(jar, `${app.url}/api/admin/sync/jobs`, {
      method: 'POST',
      headers: { origin: app.url, 'content-type': 'text/plain' },
      body: spec,
    });
    expect(response.status).toBe(415);
  });

  it('without Origin, Sec-Fetch-Site must say same-origin', async () => {
    for (const site of ['cross-site', 'same-site', 'none']) {
      const response = await fetchWith(jar, `${app.url}/api/admin/sync/jobs`, {
        method: 'POST',
        headers: { 'sec-fetch-site': site, 'content-type': 'application/json' },
        body: spec,
      });
      expect(response.status, site).toBe(403);
    }
  });

  it('a body-less POST …/run-again or DELETE from a foreign origin is refused (403); from ours it is judged on the job', async () => {
    for (const [method, url] of [
      ['POST', `${app.url}/api/admin/sync/jobs/${jobId}/run-again`],
      ['POST', `${app.url}/api/admin/sync/jobs/${jobId}/cancel`],
      ['DELETE', `${app.url}/api/admin/sync/jobs/${jobId}`],
    ]) {
      const response = await fetchWith(jar, url, { method, headers: { origin: FOREIGN } });
      expect(response.status, `${method} ${url}`).toBe(403);
    }
    const own = await fetchWith(jar, `${app.url}/api/admin/sync/jobs/${jobId}/run-again`, { method: 'POST', headers: { origin: app.url } });
    expect(own.status).not.toBe(403);
  });

  it('every state-changing route under app/api goes through guardedRoute (Auth.js checks its own CSRF token)', () => {
    const root = path.resolve(import.meta.dirname, '../../app/api');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('route.ts'));
    const writers = files.filter((file) => /export (async )?function (POST|PUT|PATCH|DELETE)\b/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(writers.length).toBeGreaterThan(0);
    for (const file of writers) expect(readFileSync(path.join(root, file), 'utf8'), file).toMatch(/guardedRoute\(request, /);
    const auth = files.find((file) => file.includes('[...nextauth]'))!;
    expect(readFileSync(path.join(root, auth), 'utf8')).toMatch(/export const \{ GET, POST \} = handlers/);
  });
});
