import { CLUSTER_PORTS } from './support/cluster-env';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { syncRuns } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { enqueueSync } from '@/lib/queue';
import { queuePrefix } from '@/lib/queue/connection';
import { createSchedule } from '@/lib/schedules/create-schedule';
import { deleteSchedule } from '@/lib/schedules/delete-schedule';
import { parseScheduleFields } from '@/lib/validation/schedule';
import { allTypesDocuments } from '../sync/support/dataset';
import { ADMIN, canonicalContents, closeStores, openStores, waitForJob, type TestStores } from '../sync/support/stores';
import { until } from '../support/until';
import { startWorker, type WorkerProcess } from '../support/worker-process';
import { startCluster, type TestCluster } from './support/redis-cluster';

const DOCS = 200;
const ADMIN_ACTOR = { id: null, username: 'test-admin', ip: null };
let cluster: TestCluster;
let stores: TestStores;
let workers: WorkerProcess[] = [];
const output = () => workers.map((w) => w.output().slice(-3_000)).join('\n---\n');
const ns = (collection: string) => ({ db: stores.dbName, collection });

/** Queues through the fail-fast producer, retrying while the cluster moves a slot (the page would answer 503). */
const queueCopy = (target: string) =>
  until(() => enqueueSync({ source: ns('source'), target: ns(target), batchSize: 50 }, ADMIN), `queueing a copy to ${target}`, {
    timeoutMs: 60_000,
    pollMs: 500,
  });

async function expectCopied(id: string, target: string): Promise<void> {
  const view = await waitForJob(id, ['completed', 'failed'], 120_000);
  expect(view, output()).toMatchObject({ state: 'completed', result: { copied: DOCS } });
  expect(await canonicalContents(stores.db.collection(target))).toEqual(await canonicalContents(stores.db.collection('source')));
}

beforeAll(async () => {
  cluster = await startCluster(CLUSTER_PORTS);
  stores = await openStores('cluster');
  await stores.db.collection('source').insertMany(allTypesDocuments(DOCS));
  workers = await Promise.all([1, 2].map(() => startWorker({ WORKER_CONCURRENCY: '1', HOUSEKEEPING_INTERVAL_MS: '3600000' })));
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill()));
  await closeStores(stores).catch(() => undefined);
  await cluster?.close();
});

it('on a 3-master Redis Cluster, every key of the queues sits in one slot and two workers complete syncs and a schedule', async () => {
  const ids = [await queueCopy('a'), await queueCopy('b')];
  await expectCopied(ids[0], 'a');
  await expectCopied(ids[1], 'b');

  const fields = parseScheduleFields({
    name: 'cluster',
    sourceDb: stores.dbName,
    sourceCollection: 'source',
    targetDb: stores.dbName,
    targetCollection: 'scheduled',
    mode: 'upsert',
    batchSize: '100',
    verify: 'none',
    overlap: 'skip',
    kind: 'cron',
    cron: '*/2 * * * * *',
  });
  if (!fields.success) throw new Error(JSON.stringify(fields.fieldErrors));
  const saved = await createSchedule(fields.data, ADMIN_ACTOR);
  if (!saved.ok) throw new Error(JSON.stringify(saved.fieldErrors));
  const runs = () => db.select().from(syncRuns).where(eq(syncRuns.scheduleId, saved.id));
  await until(async () => (await runs()).some((r) => r.state === 'completed'), 'a completed scheduled run', { output, timeoutMs: 60_000 });
  await deleteSchedule(saved.id, ADMIN_ACTOR);

  const master = await cluster.masterOf(queuePrefix());
  const redis = new Redis({ port: master, host: '127.0.0.1' });
  const keys = await redis.keys(`${queuePrefix()}:*`);
  redis.disconnect();
  expect(keys.length).toBeGreaterThan(5);
  expect(keys.every((key) => key.startsWith(`{${env.QUEUE_PREFIX}}:`))).toBe(true);
}, 180_000);

it('after SIGKILL of the master holding the queues, its replica takes over and the workers complete new syncs; the old master rejoins', async () => {
  const master = await cluster.masterOf(queuePrefix());
  await cluster.kill(master);
  await until(async () => (await cluster.masterOf(queuePrefix())) !== master, 'a replica to take over the queues’ slot', { timeoutMs: 60_000, pollMs: 250 });
  await cluster.waitHealthy();

  await expectCopied(await queueCopy('after_failover'), 'after_failover');

  await cluster.restart(master);
  await cluster.waitHealthy();
  await expectCopied(await queueCopy('after_rejoin'), 'after_rejoin');
}, 240_000);
