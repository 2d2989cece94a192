import './support/isolate';
import { EJSON } from 'bson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCatalog } from '@/lib/mongo/catalog';
import { AppError } from '@/lib/errors';
import { enqueueSync, getSyncQueue } from '@/lib/queue';
import { SYNC_JOB_OPTIONS } from '@/lib/queue/producer';
import { EXACT_READ } from '@/lib/sync/bson-values';
import { WATERMARK_COLLECTION } from '@/lib/sync/watermark';
import { syncSpecSchema, type SyncSpecInput } from '@/lib/validation/sync';
import { allTypesDocuments } from './support/dataset';
import { ADMIN, canonicalContents, closeStores, openStores, waitForJob, type TestStores } from './support/stores';
import { startWorker, type WorkerProcess } from '../support/worker-process';

let stores: TestStores;
let worker: WorkerProcess;
const ns = (collection: string) => ({ db: stores.dbName, collection });
const sync = (source: string, target: string, extra: Partial<SyncSpecInput> = {}) => enqueueSync({ source: ns(source), target: ns(target), ...extra }, ADMIN);

beforeAll(async () => {
  stores = await openStores('copy');
  await stores.db.collection('all_types').insertMany(allTypesDocuments(10_000));
  await stores.db.collection('small').insertMany(allTypesDocuments(400));
  worker = await startWorker();
});

afterAll(async () => {
  await worker?.stop();
  await closeStores(stores);
});

describe('sync worker (real FerretDB + Redis, worker as a child process)', () => {
  it('copies 10,000 documents of every supported BSON type so the target equals the source', async () => {
    const view = await waitForJob(await sync('all_types', 'all_types_copy', { verify: 'hash' }));
    expect(view.state).toBe('completed');
    expect(view.result).toMatchObject({
      copied: 10_000,
      duplicates: 0,
      verification: { mode: 'hash', sourceCount: 10_000, targetCount: 10_000, hashMatch: true, match: true },
    });
    expect(view.progress).toMatchObject({ copied: 10_000, total: 10_000, percent: 100 });
    expect(view.checkpoint?.lastId).toBe(
      EJSON.stringify({ v: (await stores.db.collection('all_types').find().sort({ _id: -1 }).limit(1).next())?._id }, { relaxed: false }),
    );
    expect(view.logs.some((line) => line.includes('completed: 10000 copied'))).toBe(true);
    const [source, target] = await Promise.all([
      canonicalContents(stores.db.collection('all_types')),
      canonicalContents(stores.db.collection('all_types_copy')),
    ]);
    expect(target).toHaveLength(10_000);
    expect(target).toEqual(source);
    expect(source[0]).toContain('"$numberDouble":"0.0"');
  }, 120_000);

  it('honours filter and projection', async () => {
    const view = await waitForJob(
      await sync('small', 'group_two', { filter: '{"group": 2, "flag": true}', projection: '{"name": 1, "when": 1}', verify: 'hash', batchSize: 700 }),
    );
    expect(view.result?.verification?.match).toBe(true);
    const expected = await stores.db
      .collection('small')
      .find({ group: 2 }, { ...EXACT_READ, projection: { name: 1, when: 1 } })
      .sort({ _id: 1 })
      .toArray();
    expect(expected).toHaveLength(100);
    expect(await canonicalContents(stores.db.collection('group_two'))).toEqual(expected.map((d) => EJSON.stringify(d, { relaxed: false })));
  }, 90_000);

  it('upsert rerun creates no duplicates and restores changed documents', async () => {
    const first = await waitForJob(await sync('small', 'rerun', { filter: '{"seq": {"$lt": 300}}' }));
    await stores.db.collection('rerun').updateOne({ seq: 5 }, { $set: { name: 'edited in target' } });
    const second = await waitForJob(await sync('small', 'rerun', { filter: '{"seq": {"$lt": 300}}', verify: 'hash' }));
    expect([first.result?.copied, second.result?.copied]).toEqual([300, 300]);
    expect(second.result?.verification).toMatchObject({ targetCount: 300, hashMatch: true });
    expect(await stores.db.collection('rerun').countDocuments()).toBe(300);
    expect(await stores.db.collection('rerun').findOne({ seq: 5 })).toMatchObject({ name: 'doc-5' });
  }, 90_000);

  it('mirror deletes target documents that are not in the source selection', async () => {
    const filter = '{"seq": {"$lt": 400}}';
    await waitForJob(await sync('small', 'mirror', { filter }));
    await stores.db.collection('mirror').insertMany([
      { _id: 'extra-1' as never, stale: true },
      { _id: 'extra-2' as never, stale: true },
    ]);
    await stores.db.collection('mirror').deleteMany({ seq: { $gte: 390 } });
    const view = await waitForJob(await sync('small', 'mirror', { filter: '{"seq": {"$lt": 380}}', mode: 'mirror', verify: 'hash', batchSize: 150 }));
    expect(view.result).toMatchObject({ copied: 380, deleted: 12, verification: { sourceCount: 380, targetCount: 380, hashMatch: true } });
    expect(await stores.db.collection('mirror').countDocuments({ stale: true })).toBe(0);
  }, 90_000);

  it('incremental copies only documents above the last completed run’s mark', async () => {
    await stores.db.collection('events').insertMany(allTypesDocuments(200, 20_000));
    const first = await waitForJob(await sync('events', 'events_copy', { mode: 'incremental', watermarkField: 'when' }));
    await stores.db.collection('events').insertMany(allTypesDocuments(50, 20_200));
    await stores.db.collection('events_copy').deleteOne({ seq: 20_000 });
    const second = await waitForJob(await sync('events', 'events_copy', { mode: 'incremental', watermarkField: 'when', verify: 'count' }));
    expect([first.result?.copied, second.result?.copied]).toEqual([200, 50]);
    expect(await stores.db.collection('events_copy').findOne({ seq: 20_000 })).toBeNull();
    expect(second.result?.verification).toMatchObject({ sourceCount: 250, targetCount: 249, match: false });
    const mark = await stores.db.collection(WATERMARK_COLLECTION).findOne({});
    expect(EJSON.parse(String(mark?.mark))).toEqual({ v: new Date(Date.UTC(2024, 0, 1) + 20_249 * 60_000) });
    const third = await waitForJob(await sync('events', 'events_copy', { mode: 'incremental', watermarkField: 'when' }));
    expect(third.result?.copied).toBe(0);
  }, 90_000);

  it('insert mode reports duplicate _ids instead of skipping them silently', async () => {
    await stores.db.collection('dups_target').insertOne({ ...allTypesDocuments(1, 3)[0], name: 'already here' });
    const view = await waitForJob(await sync('small', 'dups_target', { mode: 'insert', filter: '{"seq": {"$lt": 10}}' }));
    expect(view.state).toBe('completed');
    expect(view.result).toMatchObject({ copied: 9, duplicates: 1 });
    expect(view.result?.duplicateIds).toEqual([EJSON.stringify({ v: allTypesDocuments(1, 3)[0]._id }, { relaxed: false })]);
    expect(view.logs.some((line) => line.includes('1 document(s) already in the target with other content were not inserted'))).toBe(true);
  }, 90_000);

  it('lists databases and collections with document counts for the admin pickers, hiding bookkeeping', async () => {
    const catalog = await listCatalog(stores.mongo);
    const ours = catalog.find((db) => db.name === stores.dbName);
    expect(ours?.collections).toContainEqual({ name: 'all_types', estimatedCount: 10_000 });
    expect(ours?.collections).toContainEqual({ name: 'small', estimatedCount: 400 });
    expect(ours?.collections.map((c) => c.name)).not.toContain(WATERMARK_COLLECTION);
    expect(catalog.map((db) => db.name)).not.toContain('admin');
  });

  it('refuses a second sync of the same source -> target while one is queued', async () => {
    const paused = { source: ns('all_types'), target: ns('never_runs') };
    await getSyncQueue().pause();
    try {
      await sync('all_types', 'never_runs');
      const error = await sync('all_types', 'never_runs').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ status: 409, message: `a sync from ${stores.dbName}.all_types to ${stores.dbName}.never_runs is already queued` });
      expect(await enqueueSync({ ...paused, target: ns('other_target') }, ADMIN)).toMatch(/^\d+$/);
    } finally {
      await getSyncQueue().obliterate({ force: true });
      await getSyncQueue().resume();
    }
  });

  it('refuses forbidden operators and same source/target before queueing', async () => {
    await expect(sync('all_types', 'x', { filter: '{"$where": "sleep(1000)"}' })).rejects.toMatchObject({
      status: 400,
      message: 'operator $where is not allowed (it runs JavaScript on the server)',
    });
    await expect(sync('all_types', 'all_types')).rejects.toMatchObject({ status: 400, message: 'source and target must be different collections' });
    expect(await getSyncQueue().getJobCounts('waiting', 'active')).toEqual({ waiting: 0, active: 0 });
  });

  it('fails a missing source collection at once, without retries and without writing', async () => {
    const view = await waitForJob(await sync('no_such_collection', 'nowhere'));
    expect(view).toMatchObject({
      state: 'failed',
      failedReason: `source collection ${stores.dbName}.no_such_collection does not exist`,
      attempts: { made: 1, max: SYNC_JOB_OPTIONS.attempts },
    });
    expect(await stores.db.listCollections({ name: 'nowhere' }).toArray()).toEqual([]);
  });

  it('fails a spec that bypassed the producer as a configuration error, without retries', async () => {
    const bad = { ...syncSpecSchema.parse({ source: ns('all_types'), target: ns('bad') }), filter: '{"$where": "1"}' };
    const job = await getSyncQueue().add('sync', { spec: bad, queuedBy: ADMIN }, SYNC_JOB_OPTIONS);
    const view = await waitForJob(String(job.id));
    expect(view).toMatchObject({ state: 'failed', attempts: { made: 1 } });
    expect(view.failedReason).toContain('operator $where is not allowed');
  });
});
