/**
 * The customer pages' copy is kept by built-in MongoDB → MySQL schedules run by the real worker: a run queued
 * from each schedule (as "Run now" does; no waiting for the clock) copies its collection and the worker derives
 * the figures. A new bucket document and a trade appended to an existing bucket (its `_id` unchanged) both reach
 * the customer's account page; built-in schedules refuse delete and rename with a 409.
 */
import '../sync/support/isolate';
import { Int32 } from 'bson';
import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAccountView, TRADES_PAGE_SIZE } from '@/lib/analytics/account';
import { customerIdText } from '@/lib/analytics/customer-id';
import { copySchema } from '@/lib/analytics/customer-copy/specs';
import { analyticsDb } from '@/lib/analytics/mongo';
import { db } from '@/lib/db';
import { syncRuns, syncSchedules } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { closeMongoClient } from '@/lib/mongo/client';
import { getSyncQueue } from '@/lib/queue';
import { ensureBuiltInSchedules } from '@/lib/schedules/built-in';
import { deleteSchedule } from '@/lib/schedules/delete-schedule';
import { runScheduleNow } from '@/lib/schedules/run-schedule-now';
import { updateSchedule } from '@/lib/schedules/update-schedule';
import { parseScheduleFields } from '@/lib/validation/schedule';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { waitForJob } from '../sync/support/stores';
import { insertCustomer } from './support';

const ADMIN = { id: null, username: 'test-admin', ip: null };
const NOW = Date.now();
const day = (n: number) => new Date(NOW - n * 86_400_000).toISOString();

let worker: WorkerProcess | undefined;
let customerId = '';
let accountId = 0;

beforeAll(async () => {
  const adb = await analyticsDb();
  await adb.dropDatabase();
  await db.delete(syncSchedules);
  const customer = await insertCustomer('copy@example.test', [
    { products: ['Brokerage'], limit: 5000, buckets: [[{ date: day(2), code: 'buy', symbol: 'aapl', amount: 2, price: '1.5', total: '3' }]] },
  ]);
  customerId = customerIdText(customer._id);
  accountId = customer.accountIds[0];
  expect(await ensureBuiltInSchedules()).toBe(3);
  // Paused, so the clock queues nothing: each run below is queued by the test, as "Run now" does.
  await db.update(syncSchedules).set({ enabled: false }).where(isNotNull(syncSchedules.builtIn));
  worker = await startWorker({ WORKER_CONCURRENCY: '2', HOUSEKEEPING_INTERVAL_MS: '3600000' });
});

afterAll(async () => {
  await worker?.kill();
  for (const s of await builtIns()) await getSyncQueue().removeJobScheduler(`schedule-${s.id}`);
  await db.delete(syncSchedules);
  await (await analyticsDb()).dropDatabase();
  await closeMongoClient();
});

const builtIns = () => db.select().from(syncSchedules).where(isNotNull(syncSchedules.builtIn));

/** Queues one run of every built-in schedule and waits until each has completed (copy and derivation). */
async function runBuiltInsNow(): Promise<void> {
  for (const schedule of await builtIns()) {
    const view = await waitForJob(await runScheduleNow(schedule.id, ADMIN));
    expect(view.state, view.logs.join('\n')).toBe('completed');
    expect(view.logs.some((line) => line.includes('customer figures derived'))).toBe(true);
  }
}

const pageTotals = async () => {
  const view = await loadAccountView(customerId, accountId, { filter: {}, offset: 0, limit: TRADES_PAGE_SIZE });
  return view?.matching.trades.map((t) => `${t.symbol} ${t.total}`).sort() ?? null;
};

describe('built-in customer copy schedules', () => {
  it('are seeded once, mirror into the copy schema every CUSTOMER_COPY_EVERY_SECONDS, and keep the enabled flag the admin set', async () => {
    const rows = await builtIns();
    expect(rows.map((r) => r.name).sort()).toEqual(['Customer pages: accounts', 'Customer pages: customers', 'Customer pages: transactions']);
    for (const r of rows) {
      expect(r.everyMs).toBe(60_000);
      expect(r.spec).toMatchObject({ mode: 'mirror', target: { engine: 'mysql', db: copySchema() } });
    }
    // Seeding again (as every worker start does) creates nothing and leaves the paused ones paused.
    expect(await ensureBuiltInSchedules()).toBe(0);
    expect((await builtIns()).map((r) => [r.id, r.enabled])).toEqual(rows.map((r) => [r.id, false]));
  });

  it('bring a new bucket and a trade appended to an existing bucket to the account page after a run', async () => {
    await runBuiltInsNow();
    expect(await pageTotals()).toEqual(['aapl 3']);
    const transactions = (await analyticsDb()).collection('transactions');
    const trade = (symbol: string, total: string) => ({ date: new Date(day(1)), amount: new Int32(1), transaction_code: 'sell', symbol, price: total, total });
    const pushed = await transactions.updateOne({ account_id: new Int32(accountId) }, { $push: { transactions: trade('msft', '7.25') } as never });
    expect(pushed.modifiedCount).toBe(1);
    await transactions.insertOne({ account_id: new Int32(accountId), transaction_count: new Int32(1), transactions: [trade('nvda', '0.1')] });
    expect(await pageTotals()).toEqual(['aapl 3']);
    await runBuiltInsNow();
    expect(await pageTotals()).toEqual(['aapl 3', 'msft 7.25', 'nvda 0.1']);
    const view = (await loadAccountView(customerId, accountId, { filter: {}, offset: 0, limit: TRADES_PAGE_SIZE }))!;
    expect(view.account).toEqual({ accountId, limit: 5000, products: ['Brokerage'] });
    const runs = await db.select().from(syncRuns).where(isNotNull(syncRuns.scheduleId));
    expect(runs.filter((r) => r.state === 'completed').length).toBeGreaterThanOrEqual(6);
  });

  it('refuse delete and rename with a 409 that says why', async () => {
    const [schedule] = await builtIns();
    const refusal = await deleteSchedule(schedule.id, ADMIN).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(409);
    expect((refusal as AppError).message).toContain('cannot be deleted');
    const fields = parseScheduleFields({
      name: 'Renamed',
      sourceDb: (schedule.spec.source as { db: string }).db,
      sourceCollection: (schedule.spec.source as { collection: string }).collection,
      targetDb: `mysql:${copySchema()}`,
      targetCollection: (schedule.spec.target as { collection: string }).collection,
      mode: 'mirror',
      kind: 'every',
      everyMinutes: '1',
      overlap: 'skip',
    });
    if (!fields.success) throw new Error(JSON.stringify(fields.fieldErrors));
    const rename = await updateSchedule(schedule.id, fields.data, ADMIN).catch((error: unknown) => error);
    expect((rename as AppError).status).toBe(409);
    expect((rename as AppError).message).toContain('cannot be renamed');
    expect((await builtIns()).map((r) => r.name)).toContain(schedule.name);
  });
});
