import './support/isolate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runsForJob } from '@/lib/db/queries/sync-runs';
import { syncStats } from '@/lib/db/queries/sync-stats';
import { syncRuns } from '@/lib/db/schema';
import { getSyncQueue } from '@/lib/queue';
import { enqueueRecorded } from '@/lib/sync-jobs/enqueue-recorded';
import { queueSync } from '@/lib/sync-jobs/queue-sync';
import { syncSpecSchema } from '@/lib/validation/sync';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { closeStores, openStores, waitForJob, type TestStores } from './support/stores';

const CLI = { id: null, username: 'cli:test', ip: null };
const EXPR_FILTER = '{"$expr": {"$gt": ["$n", 1]}}';
let stores: TestStores;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  stores = await openStores('truth');
  await db.delete(syncRuns);
  await stores.db.collection('source').insertMany(Array.from({ length: 20 }, (_, n) => ({ n })));
});

afterAll(async () => {
  await worker?.stop();
  await closeStores(stores);
});

const spec = (target: string, filter?: string) =>
  syncSpecSchema.parse({ source: { db: stores.dbName, collection: 'source' }, target: { db: stores.dbName, collection: target }, filter, verify: 'none' });

const run = (jobId: string, sourceNs: string, state: 'completed' | 'failed', docsPerSec: number | null = null) => ({
  jobId,
  spec: {},
  sourceNs,
  targetNs: 'stats.target',
  mode: 'upsert',
  origin: 'user' as const,
  state,
  docsPerSec,
  startedAt: new Date(Date.now() - 2_000),
  finishedAt: new Date(),
});

describe('jobs tell the truth', () => {
  it('job ids stay ahead of the run history when Redis forgot its counter (no #1 twice for different pairs)', async () => {
    await db.insert(syncRuns).values([run('41', 'old.pair', 'completed'), run('repeat:schedule-3:1796319180000', 'old.pair', 'completed')]);
    await getSyncQueue().obliterate({ force: true });
    const id = await enqueueRecorded(spec('after_reset'), CLI, { origin: 'cli' });
    expect(Number(id)).toBeGreaterThan(41);
    await getSyncQueue().obliterate({ force: true });
  });

  it('a filter the server cannot run is refused at queue time naming the operator, and fails a queued job once', async () => {
    const refused = await queueSync(spec('refused', EXPR_FILTER), CLI, 'cli');
    expect(refused).toMatchObject({ ok: false, fieldErrors: { filter: [expect.stringContaining('operator $gt')] } });

    // A job queued before the check existed (or by a path that cannot probe) fails on its first attempt.
    const jobId = await enqueueRecorded(spec('expr', EXPR_FILTER), CLI, { origin: 'cli' });
    worker = await startWorker();
    const view = await waitForJob(jobId, ['completed', 'failed']);
    expect(view.state).toBe('failed');
    expect(view.failedReason).toMatch(/^the server cannot run the operator \$gt: /);
    expect(view.attempts.made).toBe(1);
    expect(view.logs.join('\n')).toContain('configuration error, not retrying');
    expect((await runsForJob(jobId)).map((r) => r.state)).toEqual(['failed']);
  }, 60_000);

  it('"Slowest pairs" and "Most-failing pairs" give a pair the same run and failure counts', async () => {
    await db
      .insert(syncRuns)
      .values([...[1, 2, 3].map((i) => run(`s${i}`, 'stats.slow', 'completed', 1)), ...[1, 2, 3, 4, 5].map((i) => run(`f${i}`, 'stats.slow', 'failed'))]);
    const stats = await syncStats(7);
    const slowest = stats.slowest.find((p) => p.pair === 'stats.slow → stats.target');
    const failing = stats.mostFailing.find((p) => p.pair === 'stats.slow → stats.target');
    expect(slowest).toMatchObject({ runs: 8, failed: 5, failureRate: 5 / 8, avgDocsPerSec: 1 });
    expect(failing).toEqual(slowest);
  });
});
