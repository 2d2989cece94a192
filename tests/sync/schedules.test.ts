import './support/isolate';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { syncRuns, syncSchedules } from '@/lib/db/schema';
import { getSyncQueue } from '@/lib/queue';
import { queuePrefix, SYNC_QUEUE_NAME } from '@/lib/queue/connection';
import { schedulerId } from '@/lib/schedules/scheduler';
import { createSchedule } from '@/lib/schedules/create-schedule';
import { deleteSchedule } from '@/lib/schedules/delete-schedule';
import { runScheduleNow } from '@/lib/schedules/run-schedule-now';
import { setScheduleEnabled } from '@/lib/schedules/set-schedule-enabled';
import { updateSchedule } from '@/lib/schedules/update-schedule';
import { parseScheduleFields } from '@/lib/validation/schedule';
import { enqueueRecorded } from '@/lib/sync-jobs/enqueue-recorded';
import { syncSpecSchema } from '@/lib/validation/sync';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { allTypesDocuments } from './support/dataset';
import { until as waitFor } from '../support/until';
import { deleteKeysWithPrefix } from '../support/redis-keys';
import { closeStores, openStores, waitForJob, type TestStores } from './support/stores';

const ADMIN = { id: null, username: 'test-admin', ip: null };
let stores: TestStores;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  stores = await openStores('sched');
  await db.delete(syncSchedules);
  await db.delete(syncRuns);
  await stores.db.collection('source').insertMany(allTypesDocuments(50));
  await stores.db.collection('big').insertMany(allTypesDocuments(1_000));
  worker = await startWorker({ WORKER_CONCURRENCY: '2', HOUSEKEEPING_INTERVAL_MS: '3600000' });
});

/** A failed test must not leave schedules that the next one's worker would restore. */
afterEach(async () => {
  await db.delete(syncSchedules);
  for (const id of await schedulerIds()) await getSyncQueue().removeJobScheduler(id);
});

afterAll(async () => {
  await worker?.kill();
  await db.delete(syncSchedules);
  await closeStores(stores);
});

function fields(name: string, target: string, timing: Record<string, string>, source = 'source') {
  return {
    name,
    sourceDb: stores.dbName,
    sourceCollection: source,
    targetDb: stores.dbName,
    targetCollection: target,
    mode: 'upsert',
    batchSize: '100',
    verify: 'none',
    overlap: 'skip',
    ...timing,
  };
}

const until = <T>(probe: () => Promise<T | undefined | false>, what: string) => waitFor(probe, what, { output: () => worker?.output(), pollMs: 200 });

const runsOf = (scheduleId: number) => db.select().from(syncRuns).where(eq(syncRuns.scheduleId, scheduleId));
const schedulerIds = async () => (await getSyncQueue().getJobSchedulers(0, -1)).map((s) => s.id ?? s.key).sort();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The form's fields parsed as the action wrapper parses them. */
function input(...args: Parameters<typeof fields>) {
  const parsed = parseScheduleFields(fields(...args));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.data;
}

async function create(name: string, target: string, timing: Record<string, string>, source?: string): Promise<number> {
  const outcome = await createSchedule(input(name, target, timing, source), ADMIN);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.fieldErrors));
  return outcome.id;
}

describe('sync schedules', () => {
  it('refuses patterns that are not cron, unknown timezones and missing timings with per-field messages', async () => {
    const bad = parseScheduleFields(fields('bad', 'x', { kind: 'cron', cron: 'every day', timezone: 'Mars/Base' }));
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.fieldErrors.timezone?.[0]).toMatch(/not a known timezone/);
    const noInterval = parseScheduleFields(fields('bad', 'x', { kind: 'every' }));
    expect(!noInterval.success && noInterval.fieldErrors.everyMinutes?.[0]).toMatch(/interval must be/);
    const notCron = parseScheduleFields(fields('bad', 'x', { kind: 'cron', cron: 'every day' }));
    expect(!notCron.success && notCron.fieldErrors.cron?.[0]).toMatch(/not a valid cron pattern/);
  });

  it('fires every few seconds and writes runs; pause stops it; resume brings it back', async () => {
    const id = await create('every-2s', 'fired', { kind: 'cron', cron: '*/2 * * * * *' });
    await until(async () => (await runsOf(id)).filter((r) => r.state === 'completed').length >= 2, 'two completed scheduled runs');
    const runs = await runsOf(id);
    expect(runs.every((r) => r.origin === 'schedule' && r.sourceNs === `${stores.dbName}.source`)).toBe(true);

    await setScheduleEnabled(id, false, ADMIN);
    expect(await schedulerIds()).not.toContain(schedulerId(id));
    await sleep(1_000);
    const afterPause = (await runsOf(id)).length;
    await sleep(5_000);
    expect((await runsOf(id)).length).toBe(afterPause);

    await setScheduleEnabled(id, true, ADMIN);
    expect(await schedulerIds()).toContain(schedulerId(id));
    await until(async () => (await runsOf(id)).length > afterPause, 'a run after resuming');
    await deleteSchedule(id, ADMIN);
    expect(await schedulerIds()).not.toContain(schedulerId(id));
  }, 120_000);

  it('"Run now" runs once without moving the next time; editing replaces the scheduler without duplicates', async () => {
    const id = await create('nightly', 'nightly', { kind: 'cron', cron: '0 3 * * *' });
    const queue = getSyncQueue();
    const next = (await queue.getJobScheduler(schedulerId(id)))?.next;
    expect(next).toBeGreaterThan(Date.now());
    const jobId = await runScheduleNow(id, ADMIN);
    expect((await waitForJob(jobId)).state).toBe('completed');
    await until(async () => (await runsOf(id)).some((r) => r.jobId === jobId && r.state === 'completed'), 'the run-now row');
    expect((await queue.getJobScheduler(schedulerId(id)))?.next).toBe(next);

    for (const hour of ['4', '5', '6']) {
      const saved = await updateSchedule(id, input('nightly', 'nightly', { kind: 'cron', cron: `0 ${hour} * * *` }), ADMIN);
      expect(saved.ok).toBe(true);
    }
    const edited = await queue.getJobScheduler(schedulerId(id));
    expect(edited?.pattern).toBe('0 6 * * *');
    expect((await schedulerIds()).filter((s) => s === schedulerId(id))).toHaveLength(1);
    const delayed = (await queue.getJobs(['delayed'])).filter((job) => job?.data.scheduleId === id);
    expect(delayed).toHaveLength(1);
    await deleteSchedule(id, ADMIN);
  }, 120_000);

  it('a scheduled run is recorded as skipped while another run of the same source -> target is unfinished', async () => {
    await worker?.stop();
    worker = await startWorker({ WORKER_CONCURRENCY: '2', HOUSEKEEPING_INTERVAL_MS: '3600000', SYNC_TEST_BATCH_DELAY_MS: '500' });
    const spec = syncSpecSchema.parse({ source: { db: stores.dbName, collection: 'big' }, target: { db: stores.dbName, collection: 'busy' }, batchSize: 50 });
    const manual = await enqueueRecorded(spec, ADMIN, { origin: 'user' });
    await waitForJob(manual, ['active']);
    const id = await create('overlapping', 'busy', { kind: 'cron', cron: '*/2 * * * * *' }, 'big');
    const skipped = await until(async () => (await runsOf(id)).find((r) => r.state === 'skipped'), 'a skipped run');
    expect(skipped.error).toContain(`run ${manual} of ${stores.dbName}.big -> ${stores.dbName}.busy was still unfinished`);
    await setScheduleEnabled(id, false, ADMIN);
    await deleteSchedule(id, ADMIN);
  }, 120_000);

  it("after the queue's Redis keys are deleted, restarting the worker restores every enabled schedule", async () => {
    const a = await create('restore-a', 'ra', { kind: 'cron', cron: '0 2 * * *' });
    const b = await create('restore-b', 'rb', { kind: 'cron', cron: '0 3 * * *', timezone: 'Europe/Paris' });
    const paused = await create('restore-paused', 'rp', { kind: 'cron', cron: '0 1 * * *' });
    await setScheduleEnabled(paused, false, ADMIN);
    await worker?.stop();

    const queueKeys = `${queuePrefix()}:${SYNC_QUEUE_NAME}`;
    expect(queueKeys.startsWith('{sync-portal-test')).toBe(true);
    await deleteKeysWithPrefix(queueKeys);
    expect(await schedulerIds()).toEqual([]);

    worker = await startWorker({ HOUSEKEEPING_INTERVAL_MS: '3600000' });
    const restored = await until(async () => {
      const ids = await schedulerIds();
      return ids.length >= 2 ? ids : undefined;
    }, 'schedules restored by the worker');
    expect(restored).toEqual([schedulerId(a), schedulerId(b)].sort());
    expect(await getSyncQueue().getJobScheduler(schedulerId(b))).toMatchObject({ pattern: '0 3 * * *', tz: 'Europe/Paris' });
  }, 120_000);
});
