import './support/isolate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encodeValue } from '@/lib/sync/bson-values';
import { runSync } from '@/lib/sync/engine';
import { mongoSource } from '@/lib/sync/endpoints/mongo-source';
import { mongoTarget } from '@/lib/sync/endpoints/mongo-target';
import type { Checkpoint } from '@/lib/sync/types';
import { syncSpecSchema } from '@/lib/validation/sync';
import { closeStores, openStores, type TestStores } from './support/stores';

let stores: TestStores;
beforeAll(async () => {
  stores = await openStores('mirror_resume');
});
afterAll(() => closeStores(stores));

it('a mirror resumed in its delete phase adds to what earlier attempts deleted', async () => {
  const docs = Array.from({ length: 10 }, (_, i) => ({ _id: i + 1, n: i }));
  await stores.db.collection('source').insertMany(docs as never);
  await stores.db.collection('target').insertMany([...docs, { _id: 101, n: -1 }, { _id: 102, n: -1 }, { _id: 103, n: -1 }] as never);
  const spec = syncSpecSchema.parse({
    source: { db: stores.dbName, collection: 'source' },
    target: { db: stores.dbName, collection: 'target' },
    mode: 'mirror',
    batchSize: 2,
  });
  const saved: Checkpoint[] = [];
  const result = await runSync({
    spec,
    source: mongoSource(stores.db.collection('source'), spec),
    target: mongoTarget(stores.db, 'target'),
    // An earlier attempt copied everything and deleted 4 extras before it crashed.
    checkpoint: { lastId: encodeValue(10), copied: 10, phase: 'delete', deleted: 4 },
    resumed: true,
    hooks: { onCheckpoint: async (checkpoint) => void saved.push(checkpoint) },
  });
  expect(result.deleted).toBe(7);
  // The first save records the index phase, which this checkpoint (written before index copy existed) lacks.
  expect(saved.map((c) => c.deleted)).toEqual([4, 6, 7]);
  expect(saved[0].indexes).toMatchObject({ targetExisted: true, created: [] });
  expect(await stores.db.collection('target').countDocuments()).toBe(10);
});
