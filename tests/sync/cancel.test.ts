import './support/isolate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelJob, CANCELLED_REASON, enqueueSync, getSyncJobOrThrow, loadSyncJobView, removeJob, retryJob, runAgain } from '@/lib/queue';
import { listSyncJobs } from './support/list-jobs';
import { allTypesDocuments } from './support/dataset';
import { ADMIN, canonicalContents, closeStores, openStores, waitForJob, type TestStores } from './support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';

let stores: TestStores;
let worker: WorkerProcess;
const spec = (target: string) => ({
  source: { db: stores.dbName, collection: 'source' },
  target: { db: stores.dbName, collection: target },
  batchSize: 100,
  verify: 'hash' as const,
});

beforeAll(async () => {
  stores = await openStores('cancel');
  await stores.db.collection('source').insertMany(allTypesDocuments(1_500));
  worker = await startWorker({ SYNC_TEST_BATCH_DELAY_MS: '250' });
});

afterAll(async () => {
  await worker?.stop();
  await closeStores(stores);
});

async function copiedAtLeast(id: string, count: number): Promise<void> {
  while (((await getSyncJobOrThrow(id)).data.checkpoint?.copied ?? 0) < count) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('cancel, retry, run again, remove', () => {
  it('cancels a running job at a batch boundary, keeps the checkpoint, and a retry resumes to completion', async () => {
    const id = await enqueueSync(spec('target'), ADMIN);
    const waitingId = await enqueueSync(spec('other_target'), ADMIN);
    await copiedAtLeast(id, 300);
    await cancelJob(id, ADMIN);
    await cancelJob(waitingId, ADMIN);
    expect((await listSyncJobs({ state: 'cancelled', page: 1, pageSize: 10 })).jobs.map((j) => j.id)).toContain(waitingId);

    const cancelled = await waitForJob(id);
    expect(cancelled).toMatchObject({ state: 'cancelled', failedReason: CANCELLED_REASON, attempts: { made: 1 } });
    const kept = cancelled.checkpoint?.copied ?? 0;
    expect(kept % 100).toBe(0);
    expect(kept).toBeGreaterThanOrEqual(300);
    expect(kept).toBeLessThan(1_500);
    expect(await stores.db.collection('target').countDocuments()).toBe(kept);
    expect(cancelled.logs.some((line) => line.includes(`cancelled at a batch boundary; checkpoint kept (${kept} documents done)`))).toBe(true);

    const neverRan = await waitForJob(waitingId);
    expect(neverRan).toMatchObject({ state: 'cancelled', checkpoint: null });
    expect(await stores.db.listCollections({ name: 'other_target' }).toArray()).toEqual([]);

    await expect(cancelJob(id, ADMIN)).rejects.toMatchObject({
      status: 409,
      message: `cannot cancel job ${id}: it is cancelled; only waiting or active jobs can be cancelled`,
    });
    await expect(runAgain(id, ADMIN)).rejects.toMatchObject({
      status: 409,
      message: `cannot run again job ${id}: it is cancelled; only completed jobs can be run again`,
    });

    await retryJob(id, ADMIN);
    const done = await waitForJob(id);
    expect(done.state).toBe('completed');
    expect(done.logs.some((line) => line.includes(`resuming after _id`) && line.includes(`(${kept} done)`))).toBe(true);
    expect(done.result).toMatchObject({ copied: 1_500, verification: { hashMatch: true } });
    expect(await canonicalContents(stores.db.collection('target'))).toEqual(await canonicalContents(stores.db.collection('source')));
  }, 120_000);

  it('checks the state before every action and explains refusals', async () => {
    const [completed] = (await listSyncJobs({ state: 'completed', page: 1, pageSize: 1 })).jobs;
    await expect(retryJob(completed.id, ADMIN)).rejects.toMatchObject({
      status: 409,
      message: `cannot retry job ${completed.id}: it is completed; only failed or cancelled jobs can be retried`,
    });
    await expect(cancelJob(completed.id, ADMIN)).rejects.toMatchObject({ status: 409 });
    await expect(getSyncJobOrThrow('999999')).rejects.toMatchObject({ status: 404, message: 'sync job 999999 was not found (it may have been removed)' });
    await expect(cancelJob('not-a-number', ADMIN)).rejects.toMatchObject({ status: 404 });

    const again = await runAgain(completed.id, ADMIN);
    expect(again).not.toBe(completed.id);
    await copiedAtLeast(again, 100);
    await expect(removeJob(again)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('it is active; a running job cannot be removed; cancel it first'),
    });
    await expect(runAgain(completed.id, ADMIN)).rejects.toMatchObject({
      status: 409,
      message: `a sync from ${stores.dbName}.source to ${stores.dbName}.target is already queued`,
    });
    expect((await waitForJob(again)).result?.verification?.hashMatch).toBe(true);

    await removeJob(completed.id);
    await expect(getSyncJobOrThrow(completed.id)).rejects.toMatchObject({ status: 404 });
    const list = await listSyncJobs({ page: 1, pageSize: 10 });
    expect(list.jobs.map((j) => Number(j.id))).toEqual([...list.jobs.map((j) => Number(j.id))].sort((a, b) => b - a));
    expect(list.total).toBe(list.jobs.length);
  }, 120_000);

  it('SIGTERM finishes the batch, saves the checkpoint, requeues the job and exits; the next worker resumes it', async () => {
    const id = await enqueueSync(spec('sigterm_target'), ADMIN);
    await copiedAtLeast(id, 200);
    expect(await worker.stop()).toBe(0);
    const requeued = await loadSyncJobView(await getSyncJobOrThrow(id));
    expect(requeued.state).toBe('waiting');
    const kept = requeued.checkpoint?.copied ?? 0;
    expect(kept % 100).toBe(0);
    expect(await stores.db.collection('sigterm_target').countDocuments()).toBe(kept);
    expect(requeued.logs.some((line) => line.includes('worker shutting down: stopped at a batch boundary, checkpoint saved, back in the queue'))).toBe(true);

    worker = await startWorker();
    const done = await waitForJob(id);
    expect(done).toMatchObject({ state: 'completed', attempts: { made: 1 }, result: { copied: 1_500, verification: { hashMatch: true } } });
    expect(done.logs.some((line) => line.includes(`(${kept} done)`))).toBe(true);
  }, 120_000);
});
