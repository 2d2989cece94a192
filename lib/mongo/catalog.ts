/**
 * Why: the admin form's source pickers list what is really on the server (databases, collections, rough sizes)
 * so admins pick instead of typing names; estimated counts come from collection metadata and stay cheap.
 */
import type { Db, MongoClient } from 'mongodb';
import { RESERVED_COLLECTION_PREFIX } from '../validation/sync';
import { getMongoClient } from './client';

export type CatalogCollection = { name: string; estimatedCount: number };
export type CatalogDatabase = { name: string; collections: CatalogCollection[] };

const SYSTEM_DATABASES = new Set(['admin', 'local', 'config']);

export async function listCatalog(client?: MongoClient): Promise<CatalogDatabase[]> {
  const mongo = client ?? (await getMongoClient());
  const { databases } = await mongo.db('admin').admin().listDatabases({ nameOnly: true });
  const names = databases.map((d) => d.name).filter((name) => !SYSTEM_DATABASES.has(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, collections: await listCollections(mongo, name) })));
}

async function listCollections(mongo: MongoClient, dbName: string): Promise<CatalogCollection[]> {
  const db = mongo.db(dbName);
  const infos = await db.listCollections({}, { nameOnly: true }).toArray();
  const names = infos
    .map((info) => info.name)
    .filter((name) => !name.startsWith('system.') && !name.startsWith(RESERVED_COLLECTION_PREFIX))
    .sort();
  return Promise.all(names.map(async (name) => ({ name, estimatedCount: await quickCount(db, name) })));
}

/** collStats reads stored metadata (FerretDB answers `count` with a full scan); fall back to the estimate. */
async function quickCount(db: Db, name: string): Promise<number> {
  try {
    const stats = await db.command({ collStats: name });
    if (typeof stats.count === 'number') return stats.count;
  } catch {
    // collStats is not allowed or not supported: use the driver's estimate
  }
  return db.collection(name).estimatedDocumentCount();
}

export async function collectionExists(mongo: MongoClient, ns: { db: string; collection: string }): Promise<boolean> {
  const found = await mongo.db(ns.db).listCollections({ name: ns.collection }, { nameOnly: true }).toArray();
  return found.length > 0;
}
