import './support/isolate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeSyncQueue, enqueueSync, getSyncJobOrThrow, getSyncQueue } from '@/lib/queue';
import { OwnedJobWrites } from '@/worker/owned-writes';
import { ADMIN } from './support/stores';

const spec = { source: { db: 'test_owned', collection: 'a' }, target: { db: 'test_owned', collection: 'b' } };

beforeAll(async () => {
  await getSyncQueue().obliterate({ force: true });
});

afterAll(async () => {
  await getSyncQueue().obliterate({ force: true });
  await closeSyncQueue();
});

it('writes to a job only with the token that holds its lock, and never moves the stored checkpoint backwards', async () => {
  const job = await getSyncJobOrThrow(await enqueueSync(spec, ADMIN));
  const client = await getSyncQueue().backend.client;
  await client.set(`${job.queueQualifiedName}:${job.id}:lock`, 'live-token', { PX: 60_000 });
  const live = new OwnedJobWrites(client, job, 'live-token');
  const stale = new OwnedJobWrites(client, job, 'stale-token');
  const at = (copied: number) => ({ ...job.data, checkpoint: { lastId: `"${copied}"`, copied } });

  expect(await live.data(at(120_000))).toBe('written');
  expect(await stale.data(at(62_000))).toBe('lost');
  expect(await live.data(at(62_000))).toBe('behind');
  expect(await live.data({ ...at(130_000), checkpoint: { ...at(130_000).checkpoint, phase: 'delete', deleted: 5 } })).toBe('written');
  expect(await live.data({ ...at(140_000), checkpoint: { ...at(140_000).checkpoint, deleted: 0 } })).toBe('behind');
  expect((await getSyncJobOrThrow(String(job.id))).data.checkpoint).toMatchObject({ copied: 130_000, phase: 'delete', deleted: 5 });

  expect(await stale.log('completed: from a stale processing')).toBe('lost');
  expect(await stale.progress({ copied: 62_000, total: 120_000, percent: 52, docsPerSec: 1, etaSeconds: 1_541 })).toBe('lost');
  expect(await live.log('from the live processing')).toBe('written');
  const logs = (await getSyncQueue().getJobLogs(String(job.id))).logs;
  expect(logs).toEqual(['from the live processing']);
  expect((await getSyncJobOrThrow(String(job.id))).progress).not.toMatchObject({ percent: 52 });

  await client.del(`${job.queueQualifiedName}:${job.id}:lock`);
  expect(await live.data(at(150_000))).toBe('lost');
});
