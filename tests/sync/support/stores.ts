/** Why: each test file gets its own test_* Mongo database and a clean BullMQ queue under the test prefix. */
import { EJSON } from 'bson';
import type { Collection, Db, Document, MongoClient } from 'mongodb';
import { createMongoClient } from '@/lib/mongo/client';
import { closeSyncQueue, getSyncQueue, loadSyncJobView, getSyncJobOrThrow, type SyncJobView } from '@/lib/queue';
import { EXACT_READ } from '@/lib/sync/bson-values';

export type TestStores = { mongo: MongoClient; db: Db; dbName: string };

export async function openStores(label: string): Promise<TestStores> {
  const mongo = await createMongoClient().connect();
  const dbName = `test_${label}_${process.pid}`;
  const db = mongo.db(dbName);
  await db.dropDatabase();
  await getSyncQueue().obliterate({ force: true });
  return { mongo, db, dbName };
}

export async function closeStores(stores: TestStores | undefined): Promise<void> {
  await stores?.db.dropDatabase();
  await stores?.mongo.close();
  await getSyncQueue()
    .obliterate({ force: true })
    .catch(() => undefined);
  await closeSyncQueue();
}

/** Every document as canonical Extended JSON, in _id order: equal arrays mean equal collections. */
export async function canonicalContents(collection: Collection<Document>): Promise<string[]> {
  const docs = await collection.find({}, EXACT_READ).sort({ _id: 1 }).toArray();
  return docs.map((doc) => EJSON.stringify(doc, { relaxed: false }));
}

const FINISHED = ['completed', 'failed', 'cancelled'];

export async function waitForJob(id: string, states: string[] = FINISHED, timeoutMs = 90_000): Promise<SyncJobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await loadSyncJobView(await getSyncJobOrThrow(id));
    if (states.includes(view.state)) return view;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${view.state} after ${timeoutMs} ms; logs:\n${view.logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const ADMIN = { userId: 1, username: 'test-admin' };
