import './support/isolate';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeSyncQueue, enqueueSync, getSyncJobOrThrow, getSyncQueue, type SyncJobData, type SyncJobResult } from '@/lib/queue';
import { queuePrefix, SYNC_QUEUE_NAME, workerConnection } from '@/lib/queue/connection';
import { Processings } from '@/worker/processings';
import { SyncWorker } from '@/worker/sync-worker';
import { ADMIN } from './support/stores';

const LOCK_MS = 1_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let worker: SyncWorker | undefined;

beforeAll(async () => {
  await getSyncQueue().obliterate({ force: true });
});

afterAll(async () => {
  await worker?.close(true);
  await getSyncQueue().obliterate({ force: true });
  await closeSyncQueue();
});

it('keeps renewing the live processing’s lock after a stale processing of the same job ends in the same worker', async () => {
  const processings = new Processings();
  const tokens: string[] = [];
  const processor = async (job: Job<SyncJobData, SyncJobResult>, token = '') => {
    processings.begin(String(job.id), token, new AbortController());
    tokens.push(token);
    try {
      if (tokens.length === 1) {
        // This processing loses its lock (as after a Redis restart); the stalled check hands the job out again
        // and this same worker takes it, while this processing is still running.
        const client = await worker!.backend.client;
        await client.del(`${job.queueQualifiedName}:${job.id}:lock`);
        while (tokens.length < 2) await pause(20);
        return { stale: true } as unknown as SyncJobResult;
      }
      await pause(5 * LOCK_MS);
      return { live: true } as unknown as SyncJobResult;
    } finally {
      processings.end(String(job.id), token);
    }
  };
  worker = new SyncWorker(
    SYNC_QUEUE_NAME,
    processor,
    {
      connection: workerConnection(),
      prefix: queuePrefix(),
      concurrency: 2,
      lockDuration: LOCK_MS,
      stalledInterval: LOCK_MS / 2,
      maxStalledCount: 10,
    },
    processings,
  );
  worker.on('error', () => undefined);
  const id = await enqueueSync({ source: { db: 'test_sync_worker', collection: 'a' }, target: { db: 'test_sync_worker', collection: 'b' } }, ADMIN);

  for (let job = await getSyncJobOrThrow(id); !job.finishedOn; job = await getSyncJobOrThrow(id)) await pause(100);
  const job = await getSyncJobOrThrow(id);
  expect(await job.getState()).toBe('completed');
  expect(job.returnvalue).toEqual({ live: true });
  expect(tokens).toHaveLength(2);
  expect(job.stalledCounter).toBe(1);
}, 60_000);
