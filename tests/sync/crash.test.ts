import './support/isolate';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enqueueSync, getSyncJobOrThrow, type SyncProgress } from '@/lib/queue';
import { queuePrefix, SYNC_QUEUE_NAME, workerConnection } from '@/lib/queue/connection';
import { decodeValue } from '@/lib/sync/bson-values';
import { allTypesDocuments } from './support/dataset';
import { until as waitFor } from '../support/until';
import { ADMIN, canonicalContents, closeStores, openStores, waitForJob, type TestStores } from './support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';

const DOCS = 3_000;
const SLOW = { SYNC_TEST_BATCH_DELAY_MS: '400' };
let stores: TestStores;
let events: QueueEvents;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  stores = await openStores('crash');
  await stores.db.collection('source').insertMany(allTypesDocuments(DOCS));
  events = new QueueEvents(SYNC_QUEUE_NAME, { connection: workerConnection(), prefix: queuePrefix() });
  await events.waitUntilReady();
});

afterAll(async () => {
  await worker?.kill();
  await events?.close();
  await closeStores(stores);
});

const until = <T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 45_000) =>
  waitFor(probe, what, { timeoutMs, output: () => worker?.output(), pollMs: 50 });

function seededRandom(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

it('survives five SIGKILLs (random points, twice in a row, between a write and its checkpoint) and completes exactly', async () => {
  const random = seededRandom(20_240_601);
  const jobId = await enqueueSync(
    { source: { db: stores.dbName, collection: 'source' }, target: { db: stores.dbName, collection: 'target' }, batchSize: 100, verify: 'hash' },
    ADMIN,
  );
  const progressSeen: number[] = [];
  const checkpointsSeen: number[] = [];
  events.on('progress', ({ jobId: id, data }) => {
    if (id === jobId) progressSeen.push((data as SyncProgress).copied);
  });
  const sampler = setInterval(() => {
    void getSyncJobOrThrow(jobId).then(
      (job) => checkpointsSeen.push(job.data.checkpoint?.copied ?? 0),
      () => undefined,
    );
  }, 50);
  const copied = async () => (await getSyncJobOrThrow(jobId)).data.checkpoint?.copied ?? 0;
  const pickedUpBy = (w: WorkerProcess | undefined) => (w?.output().includes(`job ${jobId} active`) ? true : undefined);
  const restart = async (env: Record<string, string> = SLOW) => {
    worker = await startWorker(env);
  };
  const killAfterCopied = async (atLeast: number) => {
    await until(async () => ((await copied()) >= atLeast ? true : undefined), `${atLeast} documents copied`);
    await worker?.kill();
    await restart();
  };
  const killOnPickUp = async () => {
    await until(async () => pickedUpBy(worker), 'the job to be picked up again');
    await worker?.kill();
    await restart();
  };

  try {
    await restart();
    await killAfterCopied(200 + Math.floor(random() * 300));
    await killAfterCopied((await copied()) + 100 + Math.floor(random() * 300));
    await killOnPickUp();
    await killOnPickUp();
    await worker?.kill();
    await restart({ ...SLOW, SYNC_TEST_CRASH_BEFORE_CHECKPOINT: '2' });
    await worker?.exited;
    expect(worker?.output()).toContain(`job ${jobId} active`);
    expect(worker?.output()).toContain('test hook: SIGKILL before checkpoint 2');
    const { lastId } = (await getSyncJobOrThrow(jobId)).data.checkpoint ?? {};
    const writtenPastCheckpoint = await stores.db.collection('target').countDocuments({ _id: { $gt: decodeValue(String(lastId)) as never } });
    expect(writtenPastCheckpoint).toBeGreaterThan(0);
    await restart();

    const view = await waitForJob(jobId, ['completed', 'failed'], 120_000);
    expect(view.state).toBe('completed');
    expect(view.attempts).toMatchObject({ made: 1, stalled: 5 });
    expect(view.result).toMatchObject({ copied: DOCS, verification: { sourceCount: DOCS, targetCount: DOCS, hashMatch: true } });
    expect(await canonicalContents(stores.db.collection('target'))).toEqual(await canonicalContents(stores.db.collection('source')));
  } finally {
    clearInterval(sampler);
  }
  expect(progressSeen.length).toBeGreaterThan(5);
  expect(progressSeen).toEqual([...progressSeen].sort((a, b) => a - b));
  expect(checkpointsSeen).toEqual([...checkpointsSeen].sort((a, b) => a - b));
  expect(progressSeen.at(-1)).toBe(DOCS);
}, 180_000);
