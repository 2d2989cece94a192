import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MongoClient } from 'mongodb';
import { analyticsDb } from '@/lib/analytics/mongo';
import { readRollup } from '@/lib/analytics/rollups';
import { closeRollupsQueue, enqueueRollups, getRollupsQueue } from '@/lib/analytics/rollups-queue';
import { closeMongoClient, createMongoClient } from '@/lib/mongo/client';
import { startRollupsWorker } from '@/worker/rollups';
import { insertCustomer } from './support';

let mongo: MongoClient;

beforeAll(async () => {
  await (await analyticsDb()).dropDatabase();
  await getRollupsQueue().obliterate({ force: true });
  mongo = await createMongoClient().connect();
});
afterAll(async () => {
  await getRollupsQueue().obliterate({ force: true });
  await closeRollupsQueue();
  await (await analyticsDb()).dropDatabase();
  await mongo.close();
  await closeMongoClient();
});

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not reached');
}

describe('the rollups queue', () => {
  it('recomputes the stored figures in the worker after the data changes', async () => {
    const worker = startRollupsWorker(mongo);
    try {
      await insertCustomer('queue@example.test', [
        {
          products: ['Brokerage'],
          limit: 1,
          buckets: [[{ date: new Date().toISOString(), code: 'buy', symbol: 'aapl', amount: 1, price: '0.1', total: '0.1' }]],
        },
      ]);
      await enqueueRollups({ reason: 'seed' });
      const first = await waitFor(
        () => readRollup('30d'),
        (r) => r?.data.kpis.trades === 1,
      );
      await insertCustomer('queue2@example.test', [
        {
          products: ['Brokerage'],
          limit: 1,
          buckets: [[{ date: new Date().toISOString(), code: 'sell', symbol: 'msft', amount: 1, price: '0.2', total: '0.2' }]],
        },
      ]);
      await enqueueRollups({ reason: 'refresh' });
      const second = await waitFor(
        () => readRollup('30d'),
        (r) => r?.data.kpis.trades === 2,
      );
      expect(second!.data.kpis.tradedValue).toBe('0.3');
      expect(second!.computedAt.getTime()).toBeGreaterThan(first!.computedAt.getTime());
    } finally {
      await worker.close();
    }
  });
});
