/** Why: a MongoDB collection as a sync source — one `_id`-sorted cursor per read, the spec's filter and projection. */
import type { Collection, Document, Filter } from 'mongodb';
import { metadataCount } from '../../mongo/estimated-count';
import { specFilter, specProjection, type SyncSpec } from '../../validation/sync';
import { cursorBatches } from '../batch-reader';
import { encodeValue, EXACT_READ } from '../bson-values';
import { andFilters, idIn, runSelection } from '../selection';
import { documentsOf, hashDocuments } from '../verify';
import { currentHighWatermark } from '../watermark';
import { mongoSourceIndexes } from '../indexes/mongo-indexes';
import type { SyncSource, Window } from './types';

export function mongoSource(collection: Collection<Document>, spec: SyncSpec): SyncSource {
  const selection = (window: Window) => (window ? runSelection(spec, window) : specFilter(spec));
  const projection = specProjection(spec);
  const read = (window: Window, lastId: unknown, batchSize: number) => {
    const after: Filter<Document> = lastId === undefined ? {} : { _id: { $gt: lastId as never } };
    const cursor = collection
      .find(andFilters(selection(window), after), { ...EXACT_READ, ...(projection ? { projection } : {}) })
      .sort({ _id: 1 })
      .batchSize(batchSize);
    return cursorBatches(cursor, batchSize);
  };
  return {
    label: `${collection.dbName}.${collection.collectionName}`,
    highWatermark: () => currentHighWatermark(collection, spec),
    read,
    async size(window) {
      const filter = selection(window);
      // Without a filter, the metadata count (a full count competes with the copy; on FerretDB it costs half a copy).
      return Object.keys(filter).length ? collection.countDocuments(filter) : metadataCount(collection);
    },
    count(window) {
      const filter = selection(window);
      return Object.keys(filter).length ? collection.countDocuments(filter) : collection.estimatedDocumentCount();
    },
    async *ids(window, batchSize) {
      const cursor = collection
        .find(selection(window), { ...EXACT_READ, projection: { _id: 1 } })
        .sort({ _id: 1 })
        .batchSize(batchSize);
      for await (const doc of cursor) yield doc._id;
    },
    async present(window, ids) {
      const found = await collection
        .find(andFilters(selection(window), idIn(ids)), { ...EXACT_READ, projection: { _id: 1 } })
        .batchSize(ids.length + 1)
        .toArray();
      return new Set(found.map((doc) => encodeValue(doc._id)));
    },
    hash: (window, normalize, batchSize, signal) => hashDocuments(documentsOf(read(window, undefined, batchSize)), signal, normalize),
    indexes: () => mongoSourceIndexes(collection),
  };
}
