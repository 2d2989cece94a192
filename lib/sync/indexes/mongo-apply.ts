/**
 * Why: a MongoDB target gets the source's indexes and options the way mongorestore gives them: a target this run
 * creates is created with the source's options and then each index, one at a time so that each refusal is named
 * (refusal.ts); a target that already exists is only compared, and what differs is reported, never changed.
 */
import { EJSON, type Document } from 'bson';
import type { Db } from 'mongodb';
import { collectionOptions, indexDocument, listIndexes } from './mongo-indexes';
import { refusalReason } from './refusal';
import { emptyReport, indexDifferences, type IndexReport, type IndexSpec, type SourceIndexes } from './types';

export type MongoIndexTarget = {
  db: Db;
  name: string;
  /** FerretDB v1 accepts `sparse` but does not list it back: then sparse is not compared. */
  listsSparse: boolean;
  /** Why an index cannot be built from what the copy writes (a field left out by the projection), or null. */
  unavailable?: (index: IndexSpec) => string | null;
};

export async function applyMongoIndexes(target: MongoIndexTarget, source: SourceIndexes): Promise<IndexReport> {
  const { db, name } = target;
  if ((await collectionOptions(db, name)) !== null) {
    const report = emptyReport(true);
    report.differences = indexDifferences(source.indexes, await listIndexes(db.collection(name)), !target.listsSparse);
    return report;
  }
  const report = emptyReport(false);
  await createWithOptions(db, name, source.options, report);
  for (const index of source.indexes) {
    const unavailable = target.unavailable?.(index);
    if (unavailable) {
      report.notCreated.push({ name: `index ${index.name}`, reason: unavailable });
      continue;
    }
    try {
      await db.command({ createIndexes: name, indexes: [indexDocument(index)] });
      report.created.push(index.name);
    } catch (error) {
      report.notCreated.push({ name: `index ${index.name}`, reason: refusalReason(error) });
    }
  }
  return report;
}

/** All options at once; when the server refuses that, each alone, and the collection plain if none is accepted. */
async function createWithOptions(db: Db, name: string, options: Record<string, string>, report: IndexReport): Promise<void> {
  const parsed = Object.fromEntries(Object.entries(options).map(([option, value]) => [option, EJSON.parse(value, { relaxed: false }) as Document]));
  const create = (opts: Document) => db.command({ create: name, ...opts });
  try {
    await create(parsed);
    report.options.push(...Object.keys(parsed));
    return;
  } catch (error) {
    if (!Object.keys(parsed).length) throw error;
  }
  const accepted: Document = {};
  for (const [option, value] of Object.entries(parsed)) {
    try {
      // The target is new: each accepted option is probed by creating it and dropping it again.
      await create({ ...accepted, [option]: value });
      await db.collection(name).drop();
      accepted[option] = value;
    } catch (error) {
      report.notCreated.push({ name: `collection option ${option}`, reason: refusalReason(error) });
    }
  }
  await create(accepted);
  report.options.push(...Object.keys(accepted));
}

/** What a projection leaves of each top-level field, for indexes on fields the copy does not write. */
export function projectionKeeps(projection: Document | undefined): (index: IndexSpec) => string | null {
  if (!projection) return () => null;
  const listed = new Set(Object.keys(projection).filter((f) => f !== '_id'));
  const inclusive = Object.entries(projection).some(([f, v]) => f !== '_id' && Boolean(v));
  const kept = (field: string) => field === '_id' || (inclusive ? listed.has(field) : !listed.has(field));
  return (index) => {
    const dropped = index.key.map(([field]) => field.split('.')[0]).find((root) => !kept(root));
    return dropped ? `field ${dropped} is not copied (the spec's projection leaves it out)` : null;
  };
}
