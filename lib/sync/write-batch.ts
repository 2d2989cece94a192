/**
 * Why: a batch is written with one unordered insert; only documents whose _id already exists are looked at
 * again. Upsert then replaces just the ones that differ (replaceOne({_id}, doc, {upsert: true})), so a rerun or
 * a resumed batch rewrites nothing, and new documents never pay for a per-document _id lookup (FerretDB v1
 * scans the whole table for each one). Insert reports duplicates, except the worker's own earlier writes
 * when it resumes after a crash.
 */
import { MongoBulkWriteError, type Collection, type Document } from 'mongodb';
import { canonicalDocument, encodeValue, EXACT_READ } from './bson-values';
import type { BatchOutcome as EndpointOutcome } from './endpoints/types';
import { idIn } from './selection';

const DUPLICATE_KEY = 11000;

/** `replaced`: documents rewritten because they differed (or vanished) in the target. */
export type BatchOutcome = EndpointOutcome & { replaced: number };

export async function writeUpsertBatch(target: Collection<Document>, docs: Document[]): Promise<BatchOutcome> {
  const existing = await insertAll(target, docs);
  if (!existing.length) return { existing: 0, duplicates: [], replaced: 0 };
  const { differing, missing } = await compareWithTarget(target, existing);
  const replace = [...differing, ...missing];
  if (replace.length) {
    await target.bulkWrite(
      replace.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })),
      { ordered: false },
    );
  }
  return { existing: existing.length, duplicates: [], replaced: replace.length };
}

/** `resuming`: duplicates identical to the source may be this job's own writes from before a crash. */
export async function writeInsertBatch(target: Collection<Document>, docs: Document[], resuming: boolean): Promise<BatchOutcome> {
  const existing = await insertAll(target, docs);
  if (!existing.length || !resuming) return { existing: existing.length, duplicates: existing, replaced: 0 };
  const { differing, missing } = await compareWithTarget(target, existing);
  if (missing.length) await insertAll(target, missing);
  return { existing: existing.length, duplicates: differing, replaced: 0 };
}

/** Inserts what it can; returns the documents refused because their _id already exists. */
async function insertAll(target: Collection<Document>, docs: Document[]): Promise<Document[]> {
  const refused = await insertReportingErrors(target, docs);
  const other = refused.find((e) => e.code !== DUPLICATE_KEY);
  if (other) throw new Error(`insert into ${target.collectionName} failed: ${other.message}`);
  return refused.map((e) => docs[e.index]);
}

export type InsertRefusal = { index: number; code: number; message: string };

/** One unordered insert; the documents the server refused, by their index in `docs`. Other errors throw. */
export async function insertReportingErrors(target: Collection<Document>, docs: Document[]): Promise<InsertRefusal[]> {
  try {
    await target.insertMany(docs, { ordered: false });
    return [];
  } catch (error) {
    if (!(error instanceof MongoBulkWriteError) || !error.writeErrors) throw error;
    const refused = [error.writeErrors].flat().map((e) => ({ index: e.index, code: e.code, message: e.errmsg ?? `code ${e.code}` }));
    if (!refused.length) throw error;
    return refused;
  }
}

async function compareWithTarget(target: Collection<Document>, docs: Document[]) {
  const found = await target
    .find(idIn(docs.map((d) => d._id)), EXACT_READ)
    .batchSize(docs.length + 1)
    .toArray();
  const current = new Map(found.map((doc) => [encodeValue(doc._id), canonicalDocument(doc)]));
  const differing: Document[] = [];
  const missing: Document[] = [];
  for (const doc of docs) {
    const stored = current.get(encodeValue(doc._id));
    if (stored === undefined) missing.push(doc);
    else if (stored !== canonicalDocument(doc)) differing.push(doc);
  }
  return { differing, missing };
}
