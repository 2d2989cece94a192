/** Why: a MongoDB collection as a sync target — unordered idempotent bulk writes (write-batch.ts), _id deletes. */
import type { Db } from 'mongodb';
import { EXACT_READ } from '../bson-values';
import { idIn } from '../selection';
import { documentsOf, hashDocuments } from '../verify';
import { loadMongoWatermark, saveMongoWatermark } from '../watermark';
import { writeInsertBatch, writeUpsertBatch } from '../write-batch';
import { cursorBatches } from '../batch-reader';
import { applyMongoIndexes, type MongoIndexTarget } from '../indexes/mongo-apply';
import type { SyncTarget } from './types';

/** How the target treats copied indexes: whether its server lists `sparse` back, which fields the copy leaves out. */
export type MongoTargetOptions = Pick<MongoIndexTarget, 'listsSparse' | 'unavailable'>;

export function mongoTarget(db: Db, name: string, options: MongoTargetOptions = { listsSparse: true }): SyncTarget {
  const collection = db.collection(name);
  return {
    label: `${db.databaseName}.${name}`,
    normalize: (doc) => doc,
    writeBatch: (docs, mode, resuming) => (mode === 'insert' ? writeInsertBatch(collection, docs, resuming) : writeUpsertBatch(collection, docs)),
    async *ids(batchSize) {
      const cursor = collection
        .find({}, { ...EXACT_READ, projection: { _id: 1 } })
        .sort({ _id: 1 })
        .batchSize(batchSize);
      for await (const doc of cursor) yield doc._id;
    },
    async deleteIds(ids) {
      return (await collection.deleteMany(idIn(ids))).deletedCount;
    },
    count: () => collection.estimatedDocumentCount(),
    copyIndexes: (source) => applyMongoIndexes({ db, name, ...options }, source),
    hash: (batchSize, signal) => hashDocuments(documentsOf(cursorBatches(collection.find({}, EXACT_READ).batchSize(batchSize), batchSize)), signal),
    loadWatermark: (key) => loadMongoWatermark(db, key),
    saveWatermark: (key, mark) => saveMongoWatermark(db, key, mark),
  };
}
