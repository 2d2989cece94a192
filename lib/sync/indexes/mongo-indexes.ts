/**
 * Why: a MongoDB collection's indexes and options read into the neutral form (types.ts), for a MongoDB source to
 * offer and a MongoDB target to compare with; _id's index is implicit on both sides and left out.
 */
import { EJSON, type Document } from 'bson';
import type { Collection, Db } from 'mongodb';
import type { IndexSpec, SourceIndexes } from './types';

/** Collection options a copy carries over when it creates the target. */
const COPIED_OPTIONS = ['validator', 'validationLevel', 'validationAction', 'collation'] as const;

const ejson = (value: unknown) => EJSON.stringify(value as Document, { relaxed: false });

function indexOf(listed: Document): IndexSpec {
  return {
    name: String(listed.name),
    key: Object.entries(listed.key as Document).map(([field, dir]) => [field, typeof dir === 'string' ? dir : Number(dir)]),
    ...(listed.unique ? { unique: true } : {}),
    ...(listed.sparse ? { sparse: true } : {}),
    ...(listed.partialFilterExpression ? { partialFilterExpression: ejson(listed.partialFilterExpression) } : {}),
    ...(listed.expireAfterSeconds !== undefined ? { expireAfterSeconds: Number(listed.expireAfterSeconds) } : {}),
    ...(listed.collation ? { collation: ejson(listed.collation) } : {}),
    ...(listed.hidden ? { hidden: true } : {}),
  };
}

export async function listIndexes(collection: Collection<Document>): Promise<IndexSpec[]> {
  const listed = await collection.listIndexes().toArray();
  return listed.filter((index) => index.name !== '_id_').map(indexOf);
}

/** The collection's options (EJSON), or null when it does not exist. */
export async function collectionOptions(db: Db, name: string): Promise<Record<string, string> | null> {
  const [info] = await db.listCollections({ name }, { nameOnly: false }).toArray();
  if (!info) return null;
  const options = ('options' in info ? info.options : {}) as Document;
  return Object.fromEntries(COPIED_OPTIONS.filter((option) => options[option] !== undefined).map((option) => [option, ejson(options[option])]));
}

export async function mongoSourceIndexes(collection: Collection<Document>): Promise<SourceIndexes> {
  const [indexes, options] = await Promise.all([listIndexes(collection), collectionOptions(collection.db, collection.collectionName)]);
  return { indexes, options: options ?? {} };
}

/** The index as createIndexes takes it. */
export function indexDocument(index: IndexSpec): Document {
  return {
    key: Object.fromEntries(index.key),
    name: index.name,
    ...(index.unique ? { unique: true } : {}),
    ...(index.sparse ? { sparse: true } : {}),
    ...(index.partialFilterExpression ? { partialFilterExpression: EJSON.parse(index.partialFilterExpression, { relaxed: false }) } : {}),
    ...(index.expireAfterSeconds !== undefined ? { expireAfterSeconds: index.expireAfterSeconds } : {}),
    ...(index.collation ? { collation: EJSON.parse(index.collation, { relaxed: false }) } : {}),
    ...(index.hidden ? { hidden: true } : {}),
  };
}
