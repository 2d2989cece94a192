/**
 * Why: the admin form's source pickers list what is really on the server (databases, collections, rough sizes)
 * so admins pick instead of typing names; estimated counts come from collection metadata and stay cheap.
 */
import type { MongoClient } from 'mongodb';
import { formatNamespace, RESERVED_COLLECTION_PREFIX } from '../validation/sync';
import { getMongoClient } from './client';
import { estimatedCount } from './estimated-count';

/** `estimatedCount` is null when sizes were not asked for. */
export type CatalogCollection = { name: string; estimatedCount: number | null };
export type CatalogDatabase = { name: string; collections: CatalogCollection[] };

const SYSTEM_DATABASES = new Set(['admin', 'local', 'config']);

/** Without `counts`, sizes are left out (null): on FerretDB each costs about a second of server time. */
export async function listCatalog(client?: MongoClient, { counts = true }: { counts?: boolean } = {}): Promise<CatalogDatabase[]> {
  const mongo = client ?? (await getMongoClient());
  const { databases } = await mongo.db('admin').admin().listDatabases({ nameOnly: true });
  const names = databases
    .map((d) => d.name)
    .filter((name) => !SYSTEM_DATABASES.has(name))
    .sort();
  return Promise.all(names.map(async (name) => ({ name, collections: await listCollections(mongo, name, counts) })));
}

async function listCollections(mongo: MongoClient, dbName: string, counts: boolean): Promise<CatalogCollection[]> {
  const db = mongo.db(dbName);
  const infos = await db.listCollections({}, { nameOnly: true }).toArray();
  const names = infos
    .map((info) => info.name)
    .filter((name) => !name.startsWith('system.') && !name.startsWith(RESERVED_COLLECTION_PREFIX))
    .sort();
  return Promise.all(names.map(async (name) => ({ name, estimatedCount: counts ? await estimatedCount(db.collection(name)) : null })));
}

type Namespace = { engine?: 'mongodb' | 'mysql'; db: string; collection: string };

export async function collectionExists(mongo: MongoClient, ns: Namespace): Promise<boolean> {
  const found = await mongo.db(ns.db).listCollections({ name: ns.collection }, { nameOnly: true }).toArray();
  return found.length > 0;
}

export type CatalogProblem = { field: 'sourceCollection' | 'targetDb' | 'targetCollection'; message: string };

/**
 * Checked before queueing (the admin form, the API, the CLI): a source that does not exist, or a target database
 * whose name differs only in case from an existing one (MongoDB refuses to create it; FerretDB would silently make
 * a second database). Null when the spec can run.
 */
export async function catalogProblem(mongo: MongoClient, spec: { source: Namespace; target: Namespace }): Promise<CatalogProblem | null> {
  const mongoSide = (ns: Namespace) => (ns.engine ?? 'mongodb') === 'mongodb';
  const [sourceExists, { databases }] = await Promise.all([
    !mongoSide(spec.source) || collectionExists(mongo, spec.source),
    mongo.db('admin').admin().listDatabases({ nameOnly: true }),
  ]);
  if (!sourceExists) return { field: 'sourceCollection', message: `${formatNamespace(spec.source)} does not exist on the MongoDB server` };
  const target = spec.target.db;
  if (!mongoSide(spec.target)) return null;
  const clash = databases.find((d) => d.name !== target && d.name.toLowerCase() === target.toLowerCase());
  if (clash)
    return {
      field: 'targetDb',
      message: `target database "${target}" differs only in case from the existing database "${clash.name}"; use "${clash.name}" or another name`,
    };
  return null;
}

/**
 * The sync forms' pickers: names only, because a page must not wait on every collection's size (FerretDB took
 * 58 s for 53 collections on a busy machine); null when MongoDB is down (the form then asks for names).
 */
export function catalogForForms(): Promise<CatalogDatabase[] | null> {
  return listCatalog(undefined, { counts: false }).catch(() => null);
}
