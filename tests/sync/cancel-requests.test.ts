import './support/isolate';
import { afterAll, expect, it } from 'vitest';
import { cancelJob, closeSyncQueue, enqueueSync, getSyncJobOrThrow, getSyncQueue, loadSyncJobView } from '@/lib/queue';
import { ADMIN } from './support/stores';

afterAll(async () => {
  await getSyncQueue().obliterate({ force: true });
  await closeSyncQueue();
});

it("a cancel request belongs to one job: a new job that reuses an emptied queue's id is not cancelled", async () => {
  const spec = { source: { db: 'test_cancel_requests', collection: 'source' }, target: { db: 'test_cancel_requests', collection: 'target' } };
  const first = await enqueueSync(spec, ADMIN);
  await cancelJob(first, ADMIN);
  expect((await loadSyncJobView(await getSyncJobOrThrow(first))).state).toBe('cancelled');

  await getSyncQueue().obliterate({ force: true });
  const second = await enqueueSync(spec, ADMIN);
  expect(second).toBe(first);
  expect((await loadSyncJobView(await getSyncJobOrThrow(second))).state).toBe('waiting');
});
