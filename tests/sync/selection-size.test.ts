/**
 * Sizing the selection for progress must never read the whole source alongside the copy: on FerretDB a `count`
 * reads every document (about half the cost of the copy itself). An unfiltered copy asks the metadata only and
 * reports either that size or that it has none; a filtered one counts its filter.
 */
import './support/isolate';
import type { CommandStartedEvent, Document, MongoClient } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMongoClient } from '@/lib/mongo/client';
import { runSync } from '@/lib/sync/engine';
import { mongoSource } from '@/lib/sync/endpoints/mongo-source';
import { mongoTarget } from '@/lib/sync/endpoints/mongo-target';
import { syncSpecSchema } from '@/lib/validation/sync';
import { closeStores, openStores, type TestStores } from './support/stores';

let stores: TestStores;
let monitored: MongoClient;
const commands: CommandStartedEvent[] = [];

beforeAll(async () => {
  stores = await openStores('selection_size');
  await stores.db.collection('source').insertMany(Array.from({ length: 500 }, (_, i) => ({ _id: i, odd: i % 2 === 1 })) as never);
  monitored = await createMongoClient({ monitorCommands: true }).connect();
  monitored.on('commandStarted', (event) => commands.push(event));
});
afterAll(async () => {
  await monitored?.close();
  await closeStores(stores);
});

async function copy(target: string, filter?: string) {
  commands.length = 0;
  const totals: number[] = [];
  const logs: string[] = [];
  const db = monitored.db(stores.dbName);
  const spec = syncSpecSchema.parse({
    source: { db: stores.dbName, collection: 'source' },
    target: { db: stores.dbName, collection: target },
    batchSize: 100,
    verify: 'none',
    ...(filter && { filter }),
  });
  const result = await runSync({
    spec,
    source: mongoSource(db.collection('source'), spec),
    target: mongoTarget(db, target),
    hooks: { onCheckpoint: async () => undefined, onTotal: async (n) => void totals.push(n), onLog: async (line) => void logs.push(line) },
  });
  const counting = commands.filter(
    (c) =>
      c.commandName === 'count' ||
      (c.commandName === 'aggregate' && (c.command.pipeline as Document[]).some((stage) => '$group' in stage || '$count' in stage)),
  );
  return { result, totals, logs, counting };
}

it('an unfiltered copy sizes its source from metadata only, and says so when the server keeps none', async () => {
  const { result, totals, logs, counting } = await copy('all');
  expect(result.copied).toBe(500);
  expect(counting.map((c) => c.commandName)).toEqual([]);
  const unknown = logs.filter((line) => line.includes('keeps no size for this collection'));
  // Either the server's metadata knew the size, or the job said it would show no total; never both, never neither.
  expect([...totals.map(String), ...unknown.map(() => 'unknown')]).toHaveLength(1);
  if (totals.length) expect(totals[0]).toBe(500);
});

it('a filtered copy counts exactly what its filter selects', async () => {
  const { result, totals, counting } = await copy('odd', '{"odd": true}');
  expect(result.copied).toBe(250);
  expect(totals).toEqual([250]);
  expect(counting).toHaveLength(1);
});
