/**
 * Why: a MongoClient owns a connection pool and should live as long as the process; Next's dev server reloads
 * modules, so the shared client is cached on globalThis instead of being created per request.
 */
import { MongoClient, type MongoClientOptions } from 'mongodb';
import { env } from '../env';

const globalForMongo = globalThis as typeof globalThis & { syncPortalMongo?: Promise<MongoClient> };

/** A new client; the worker and benchmarks create their own to monitor the commands they send. */
export function createMongoClient(options: MongoClientOptions = {}): MongoClient {
  return new MongoClient(env.MONGODB_URI, { serverSelectionTimeoutMS: 5_000, appName: 'sync-portal', ...options });
}

export function getMongoClient(): Promise<MongoClient> {
  globalForMongo.syncPortalMongo ??= createMongoClient()
    .connect()
    .catch((error: unknown) => {
      globalForMongo.syncPortalMongo = undefined;
      throw error;
    });
  return globalForMongo.syncPortalMongo;
}

export async function closeMongoClient(): Promise<void> {
  const pending = globalForMongo.syncPortalMongo;
  globalForMongo.syncPortalMongo = undefined;
  if (pending) await (await pending).close();
}
