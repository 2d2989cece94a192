import './support/isolate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listRuns, runsForJob } from '@/lib/db/queries/sync-runs';
import { syncRuns } from '@/lib/db/schema';
import { getSyncJobOrThrow } from '@/lib/queue';
import { closeLostRuns, LOST_ERROR, recordQueued } from '@/lib/runs/lifecycle';
import { performJobOperation } from '@/lib/sync-jobs/job-operation';
import { enqueueRecorded } from '@/lib/sync-jobs/enqueue-recorded';
import { syncSpecSchema } from '@/lib/validation/sync';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { allTypesDocuments } from './support/dataset';
import { until as waitFor } from '../support/until';
import { makeUser } from '../support/users';
import { closeStores, openStores, waitForJob, type TestStores } from './support/stores';

const CLI = { id: null, username: 'cli:test', ip: null };
let stores: TestStores;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  stores = await openStores('runs');
  await db.delete(syncRuns);
});

afterAll(async () => {
  await worker?.kill();
  await closeStores(stores);
});

const until = <T>(probe: () => Promise<T | undefined | false>, what: string) => waitFor(probe, what, { output: () => worker?.output() });

const copySpec = (target: string) =>
  syncSpecSchema.parse({
    source: { db: stores.dbName, collection: 'source' },
    target: { db: stores.dbName, collection: target },
    batchSize: 100,
    verify: 'count',
  });
const copiedAtLeast = (jobId: string, count: number) =>
  until(async () => ((await getSyncJobOrThrow(jobId)).data.checkpoint?.copied ?? 0) >= count || undefined, `${count} documents copied`);
const completedRuns = (jobId: string) =>
  until(async () => {
    const rows = await runsForJob(jobId);
    return rows[0]?.state === 'completed' ? rows : undefined;
  }, 'the completed run row');

describe('run history', () => {
  it('a SIGKILL mid-run leaves an active row that the next attempt closes as interrupted', async () => {
    await stores.db.collection('source').insertMany(allTypesDocuments(1_500));
    const spec = copySpec('target');
    const jobId = await enqueueRecorded(spec, CLI, { origin: 'cli' });
    expect((await runsForJob(jobId)).map((r) => [r.state, r.origin])).toEqual([['queued', 'cli']]);

    worker = await startWorker({ SYNC_TEST_BATCH_DELAY_MS: '300' });
    await copiedAtLeast(jobId, 200);
    expect((await runsForJob(jobId)).map((r) => r.state)).toEqual(['active']);
    await worker.kill();

    worker = await startWorker();
    const view = await waitForJob(jobId, ['completed', 'failed']);
    expect(view.state).toBe('completed');
    const runs = await completedRuns(jobId);
    expect(runs.map((r) => [r.attempt, r.state, r.origin])).toEqual([
      [2, 'completed', 'cli'],
      [1, 'interrupted', 'cli'],
    ]);
    expect(runs[1]?.finishedAt).not.toBeNull();
    expect(runs[0]).toMatchObject({ copied: 1_500, verification: expect.objectContaining({ match: true }) });
    await worker.stop();
    worker = undefined;
  }, 120_000);

  it('a retried run is recorded as a retry by the user who pressed it; the cancelled run keeps its own origin', async () => {
    const technician = await makeUser('technician');
    const actor = { id: technician.id, username: technician.username, ip: null };
    const spec = copySpec('retried');
    const jobId = await enqueueRecorded(spec, CLI, { origin: 'cli' });
    worker = await startWorker({ SYNC_TEST_BATCH_DELAY_MS: '200' });
    await copiedAtLeast(jobId, 200);
    await performJobOperation('cancel', jobId, actor);
    expect((await waitForJob(jobId)).state).toBe('cancelled');
    await performJobOperation('retry', jobId, actor);
    expect((await waitForJob(jobId)).state).toBe('completed');
    const runs = await completedRuns(jobId);
    expect(runs.map((r) => [r.state, r.origin, r.queuedByUserId])).toEqual([
      ['completed', 'retry', technician.id],
      ['cancelled', 'cli', null],
    ]);
    await worker.stop();
    worker = undefined;
  }, 120_000);

  it('closes a run whose job vanished from Redis as lost, and leaves runs whose job exists', async () => {
    const spec = syncSpecSchema.parse({
      source: { db: stores.dbName, collection: 'source' },
      target: { db: stores.dbName, collection: 'gone' },
      batchSize: 100,
    });
    const kept = await enqueueRecorded(spec, CLI, { origin: 'cli' });
    const ghost = { id: 'ghost-1', timestamp: Date.now(), data: { spec, queuedBy: { userId: 0, username: 'x' } } };
    await recordQueued(ghost);
    expect(await closeLostRuns(async (id) => id === kept, 0)).toBe(1);
    expect((await runsForJob('ghost-1'))[0]).toMatchObject({ state: 'lost', error: LOST_ERROR });
    expect((await runsForJob(kept))[0]?.state).toBe('queued');
  });

  it('pages through 1,000 runs in SQL with filters', async () => {
    await db.delete(syncRuns);
    const rows = Array.from({ length: 1_000 }, (_, i) => ({
      jobId: String(10_000 + i),
      spec: {},
      sourceNs: `db.src${i % 4}`,
      targetNs: `db.dst${i % 4}`,
      mode: 'upsert',
      origin: 'user' as const,
      state: (i % 10 === 0 ? 'failed' : 'completed') as 'failed' | 'completed',
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000),
    }));
    for (let i = 0; i < rows.length; i += 250) await db.insert(syncRuns).values(rows.slice(i, i + 250));
    const seen = new Set<string>();
    for (let page = 0; page < 50; page += 1) {
      const result = await listRuns({}, { offset: page * 20, pageSize: 20 });
      expect(result.total).toBe(1_000);
      expect(result.rows).toHaveLength(20);
      for (const r of result.rows) seen.add(r.jobId);
    }
    expect(seen.size).toBe(1_000);
    expect((await listRuns({}, { offset: 0, pageSize: 1 })).rows[0]?.jobId).toBe('10999');
    expect((await listRuns({ state: 'failed' }, { offset: 0, pageSize: 20 })).total).toBe(100);
    expect((await listRuns({ q: 'src1' }, { offset: 0, pageSize: 20 })).total).toBe(250);
    expect((await listRuns({ q: 'dst2', state: 'failed' }, { offset: 0, pageSize: 20 })).total).toBe(50);
    expect((await listRuns({ from: new Date(Date.UTC(2026, 0, 2)), to: new Date(Date.UTC(2026, 0, 3)) }, { offset: 0, pageSize: 100 })).total).toBe(24);
    expect((await listRuns({ q: '%' }, { offset: 0, pageSize: 20 })).total).toBe(0);
  });
});
