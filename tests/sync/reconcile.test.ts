import './support/isolate';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listSchedules } from '@/lib/db/queries/sync-schedules';
import { syncSchedules } from '@/lib/db/schema';
import { getSyncQueue } from '@/lib/queue';
import { reconcileSchedules, schedulerId } from '@/lib/schedules/scheduler';
import { createSchedule } from '@/lib/schedules/create-schedule';
import { parseScheduleFields } from '@/lib/validation/schedule';
import { closeStores, openStores, type TestStores } from './support/stores';

const ADMIN = { id: null, username: 'test-admin', ip: null };
let stores: TestStores;

async function create(name: string, cron: string): Promise<number> {
  const parsed = parseScheduleFields({
    name,
    sourceDb: stores.dbName,
    sourceCollection: 'source',
    targetDb: stores.dbName,
    targetCollection: name,
    mode: 'upsert',
    batchSize: '100',
    verify: 'none',
    overlap: 'skip',
    kind: 'cron',
    cron,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
  const outcome = await createSchedule(parsed.data, ADMIN);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.fieldErrors));
  return outcome.id;
}

const clear = async () => {
  await db.delete(syncSchedules);
  for (const s of await getSyncQueue().getJobSchedulers(0, -1)) await getSyncQueue().removeJobScheduler(s.id ?? s.key);
};

beforeAll(async () => {
  stores = await openStores('reconcile');
  await stores.db.collection('source').insertOne({ n: 1 });
  await clear();
});
afterAll(async () => {
  await clear();
  await closeStores(stores);
});

describe('reconciling schedules', () => {
  it('names a saved pattern BullMQ cannot fire and still applies the others', async () => {
    const good = await create('reconcile-good', '0 2 * * *');
    const broken = await create('reconcile-broken', '0 3 * * *');
    // A row written before patterns were checked, or by hand: BullMQ cannot fire it.
    await db.update(syncSchedules).set({ cron: '61 * * * *' }).where(eq(syncSchedules.id, broken));
    await getSyncQueue().removeJobScheduler(schedulerId(good));

    const outcome = await reconcileSchedules(getSyncQueue(), await listSchedules());

    expect(outcome.refused.map((r) => r.id)).toEqual([broken]);
    expect(outcome.refused[0]!.problem).toMatch(/not a valid cron pattern/);
    expect(outcome.applied).toBe(1);
    expect(await getSyncQueue().getJobScheduler(schedulerId(good))).toMatchObject({ pattern: '0 2 * * *' });
    expect(await getSyncQueue().getJobScheduler(schedulerId(broken))).toBeFalsy();
  });
});
