/**
 * Why: the admin form's source pickers list what is really on the server (databases, collections, rough sizes)
 * so admins pick instead of typing names; estimated counts come from collection metadata and stay cheap.
 */
import type { MongoClient } from 'mongodb';
import { formatNamespace, RESERVED_COLLECTION_PREFIX } from '../validation/sync';
import { getMongoClient } from './client';
import { estimatedCount } from './estimated-count';

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
  return Promise.all(names.map(async (name) => ({ name, estimatedCount: await estimatedCount(db.collection(name)) })));
}

export async function collectionExists(mongo: MongoClient, ns: { db: string; collection: string }): Promise<boolean> {
  const found = await mongo.db(ns.db).listCollections({ name: ns.collection }, { nameOnly: true }).toArray();
  return found.length > 0;
}

/** Checked before queueing (the admin form, the CLI): the message for a missing source, or null when it exists. */
export async function missingSourceMessage(mongo: MongoClient, source: { db: string; collection: string }): Promise<string | null> {
  return (await collectionExists(mongo, source)) ? null : `${formatNamespace(source)} does not exist on the MongoDB server`;
}
