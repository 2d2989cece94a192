import '../sync/support/isolate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueSync } from '@/lib/queue';
import { allTypesDocuments } from '../sync/support/dataset';
import { ADMIN, closeStores, openStores, waitForJob, type TestStores } from '../sync/support/stores';
import { signInOverHttp } from '../security/support/http';
import { startApp, type App } from '../security/support/app';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { makeUser } from '../support/users';
import { samples, scrape } from './support/prometheus';

const TOKEN = 'metrics-token-for-tests-0123456789';
const DOCS = 120;
let app: App;
let worker: WorkerProcess;
let stores: TestStores;

beforeAll(async () => {
  stores = await openStores('metrics');
  await stores.db.collection('source').insertMany(allTypesDocuments(DOCS));
  app = await startApp(20, { METRICS_TOKEN: TOKEN, QUEUE_PREFIX: process.env.QUEUE_PREFIX! });
  worker = await startWorker();
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await app?.stop();
  await closeStores(stores);
});

describe('GET /api/metrics', () => {
  it('refuses a request without the token, or with a wrong one, with 401', async () => {
    const none = await fetch(`${app.url}/api/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).not.toContain('bullmq_job_count');
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`]) {
      expect((await fetch(`${app.url}/api/metrics`, { headers: { authorization } })).status).toBe(401);
    }
  });

  it('answers Prometheus text with every queue’s depth and no scrape error', async () => {
    const response = await fetch(`${app.url}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const metrics = samples(await response.text());
    for (const queue of ['sync', 'email', 'rollups']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed'])
        expect(metrics.get(`bullmq_job_count{queue="${queue}",state="${state}"}`)).toBeTypeOf('number');
      expect(metrics.get(`sync_portal_queue_oldest_waiting_seconds{queue="${queue}"}`)).toBeTypeOf('number');
    }
    for (const source of ['queues', 'runs', 'counters']) expect(metrics.get(`sync_portal_scrape_error{source="${source}"}`)).toBe(0);
    expect(metrics.get('sync_portal_run_duration_seconds_bucket{le="+Inf"}')).toBe(metrics.get('sync_portal_run_duration_seconds_count'));
  });

  it('counts a completed run, its documents and its duration, and a failed sign-in, once they happen', async () => {
    const before = await scrape(app.url, TOKEN);
    const value = (metrics: Map<string, number>, key: string) => metrics.get(key) ?? 0;

    const id = await enqueueSync({ source: { db: stores.dbName, collection: 'source' }, target: { db: stores.dbName, collection: 'target' } }, ADMIN);
    expect((await waitForJob(id)).state).toBe('completed');
    const user = await makeUser('customer');
    expect((await signInOverHttp(app.url, user.username, 'not the password at all')).code).toBe('invalid');

    const after = await scrape(app.url, TOKEN);
    expect(value(after, 'sync_portal_runs_total{outcome="completed"}')).toBe(value(before, 'sync_portal_runs_total{outcome="completed"}') + 1);
    expect(value(after, 'sync_portal_documents_copied_total')).toBe(value(before, 'sync_portal_documents_copied_total') + DOCS);
    expect(value(after, 'sync_portal_run_duration_seconds_count')).toBe(value(before, 'sync_portal_run_duration_seconds_count') + 1);
    expect(value(after, 'bullmq_job_completed_total{queue="sync"}')).toBe(value(before, 'bullmq_job_completed_total{queue="sync"}') + 1);
    expect(value(after, 'sync_portal_signins_total{outcome="invalid"}')).toBe(value(before, 'sync_portal_signins_total{outcome="invalid"}') + 1);
  }, 120_000);
});
