/**
 * Why: "the copy is right" has to be checked without holding either side in memory or depending on the order
 * documents come back in, and across engines. Each side is streamed once; every document's canonical Extended
 * JSON — the source's as the target will hold it (through the column map for MySQL) — is hashed and the hashes
 * are added up (mod 2^128), which is order-independent and still counts repeated documents. A MySQL row hashes as
 * the document it maps to, so the same document and the same row hash alike. Honours the stop signal.
 */
import { createHash } from 'node:crypto';
import type { Document } from 'bson';
import { canonicalDocument } from './bson-values';
import type { HashResult, SyncSource, SyncTarget, Window } from './endpoints/types';
import { throwIfAborted } from './errors';
import type { Verification } from './types';

const MOD = 1n << 128n;

export async function verifyCopy(
  mode: 'count' | 'hash',
  source: SyncSource,
  window: Window,
  target: SyncTarget,
  batchSize: number,
  signal?: AbortSignal,
): Promise<Verification> {
  if (mode === 'count') {
    const [sourceCount, targetCount] = await Promise.all([source.count(window), target.count()]);
    return { mode, sourceCount, targetCount, hashMatch: null, match: sourceCount === targetCount };
  }
  const [s, t] = await Promise.all([source.hash(window, (doc) => target.normalize(doc), batchSize, signal), target.hash(batchSize, signal)]);
  const hashMatch = s.count === t.count && s.hash === t.hash;
  return { mode, sourceCount: s.count, targetCount: t.count, hashMatch, sourceHash: s.hash, targetHash: t.hash, match: hashMatch };
}

/** The order-independent hash of a stream of documents. */
export async function hashDocuments(
  docs: AsyncIterable<Document>,
  signal?: AbortSignal,
  normalize: (doc: Document) => Document = (d) => d,
): Promise<HashResult> {
  let sum = 0n;
  let count = 0;
  for await (const doc of docs) {
    throwIfAborted(signal);
    sum =
      (sum +
        BigInt(
          `0x${createHash('sha256')
            .update(canonicalDocument(normalize(doc)))
            .digest('hex')
            .slice(0, 32)}`,
        )) %
      MOD;
    count += 1;
  }
  return { count, hash: sum.toString(16).padStart(32, '0') };
}

/** A batch reader as a stream of documents (for hashing). */
export async function* documentsOf(reader: { next(): Promise<Document[]>; close(): Promise<void> }): AsyncGenerator<Document> {
  try {
    for (let batch = await reader.next(); batch.length; batch = await reader.next()) yield* batch;
  } finally {
    await reader.close();
  }
}
