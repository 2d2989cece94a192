/**
 * Why: /api/health reports each store with its latency, and must answer quickly even when one hangs, so every
 * check races a short timeout. The Mongo client here has its own short server-selection timeout on purpose.
 */
import 'server-only';
import type { MongoClient } from 'mongodb';
import { pool } from '../db';
import { createMongoClient } from '../mongo/client';
import { httpRedis } from '../redis';

export const CHECK_NAMES = ['mysql', 'redis', 'mongodb'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];
export type CheckResult = { status: 'ok' | 'down'; latencyMs: number; error?: string };

const TIMEOUT_MS = 2_000;
const globalForHealth = globalThis as unknown as { healthMongo?: MongoClient };

function healthMongo(): MongoClient {
  globalForHealth.healthMongo ??= createMongoClient({ serverSelectionTimeoutMS: TIMEOUT_MS, connectTimeoutMS: TIMEOUT_MS, maxPoolSize: 2 });
  return globalForHealth.healthMongo;
}

const probes: Record<CheckName, () => Promise<unknown>> = {
  mysql: () => pool.query('SELECT 1'),
  redis: async () => (await httpRedis()).ping(),
  mongodb: () => healthMongo().db('admin').command({ ping: 1 }),
};

export async function runCheck(name: CheckName): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probes[name](),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const timedOut = (error as Error).message?.startsWith('no answer');
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: timedOut ? `no answer within ${TIMEOUT_MS} ms` : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
