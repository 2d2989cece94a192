import '../sync/support/isolate';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { closeSyncQueue, getSyncQueue } from '@/lib/queue';
import { legacyQueuePrefix, queuePrefix, SYNC_QUEUE_NAME, workerConnection } from '@/lib/queue/connection';
import { renameLegacyQueueKeys } from '@/worker/legacy-prefix';

const redis = new Redis(env.REDIS_URL);

afterAll(async () => {
  await redis.del(`${legacyQueuePrefix()}:${SYNC_QUEUE_NAME}:meta`);
  await getSyncQueue().obliterate({ force: true });
  await closeSyncQueue();
  redis.disconnect();
});

it('moves the jobs a stack queued under the old plain prefix to the hash-tagged one, overwriting no key of the new form', async () => {
  const old = new Queue(SYNC_QUEUE_NAME, { connection: workerConnection(), prefix: legacyQueuePrefix() });
  const waiting = await old.add('sync', { marker: 'waiting' });
  const delayed = await old.add('sync', { marker: 'delayed' }, { delay: 3_600_000 });
  await old.close();
  const newMeta = `${queuePrefix()}:${SYNC_QUEUE_NAME}:meta`;
  await redis.hset(newMeta, 'written-by', 'the new version');

  const moved = await renameLegacyQueueKeys();

  expect(moved).toMatchObject({ kept: 1 });
  expect(moved.renamed).toBeGreaterThanOrEqual(4);
  expect(await redis.hget(newMeta, 'written-by')).toBe('the new version');
  expect(await redis.keys(`${legacyQueuePrefix()}:${SYNC_QUEUE_NAME}:*`)).toEqual([`${legacyQueuePrefix()}:${SYNC_QUEUE_NAME}:meta`]);
  const queue = getSyncQueue();
  expect((await queue.getJob(waiting.id!))?.data).toEqual({ marker: 'waiting' });
  expect(await (await queue.getJob(delayed.id!))?.getState()).toBe('delayed');
  expect(await queue.getJobCounts('waiting', 'delayed')).toEqual({ waiting: 1, delayed: 1 });
});
