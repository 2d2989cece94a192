/**
 * Why: "the copy is right" has to be checked without holding either collection in memory or depending on the
 * order documents come back in. Each side is streamed once; every document's canonical Extended JSON is hashed
 * and the hashes are added up (mod 2^128), which is order-independent and still counts repeated documents.
 * Hashing a large collection takes a while, so it honours the run's stop signal between documents.
 */
import { createHash } from 'node:crypto';
import type { Collection, Document, Filter } from 'mongodb';
import { canonicalDocument, EXACT_READ } from './bson-values';
import { throwIfAborted } from './errors';
import type { Verification } from './types';

const MOD = 1n << 128n;

type Side = { collection: Collection<Document>; filter: Filter<Document>; projection?: Document };

export async function verifyCopy(mode: 'count' | 'hash', source: Side, target: Side, batchSize: number, signal?: AbortSignal): Promise<Verification> {
  if (mode === 'count') {
    const [sourceCount, targetCount] = await Promise.all([countSide(source), countSide(target)]);
    return { mode, sourceCount, targetCount, hashMatch: null, match: sourceCount === targetCount };
  }
  const [s, t] = await Promise.all([hashSide(source, batchSize, signal), hashSide(target, batchSize, signal)]);
  const hashMatch = s.count === t.count && s.hash === t.hash;
  return { mode, sourceCount: s.count, targetCount: t.count, hashMatch, sourceHash: s.hash, targetHash: t.hash, match: hashMatch };
}

function countSide(side: Side): Promise<number> {
  return Object.keys(side.filter).length ? side.collection.countDocuments(side.filter) : side.collection.estimatedDocumentCount();
}

async function hashSide(side: Side, batchSize: number, signal: AbortSignal | undefined): Promise<{ count: number; hash: string }> {
  let sum = 0n;
  let count = 0;
  const cursor = side.collection.find(side.filter, { ...EXACT_READ, ...(side.projection ? { projection: side.projection } : {}) }).batchSize(batchSize);
  for await (const doc of cursor) {
    throwIfAborted(signal);
    sum = (sum + BigInt(`0x${createHash('sha256').update(canonicalDocument(doc)).digest('hex').slice(0, 32)}`)) % MOD;
    count += 1;
  }
  return { count, hash: sum.toString(16).padStart(32, '0') };
}
