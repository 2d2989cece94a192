/**
 * Why: a collection's size from its metadata, without reading it. `$collStats` is answered from storage stats on
 * MongoDB and FerretDB alike. On FerretDB's PostgreSQL backend it is PostgreSQL's row estimate, which is -1 until
 * the table is first analysed; there the driver's `count` reads every document (about half the cost of copying
 * the collection), so only callers that can afford a scan fall back to it.
 */
import type { Collection, Document } from 'mongodb';

/** The size the server keeps in its metadata; null when it has none (or may not tell) — never a scan. */
export async function metadataCount(collection: Collection<Document>): Promise<number | null> {
  try {
    const [stats] = await collection.aggregate<{ count?: number }>([{ $collStats: { count: {} } }]).toArray();
    if (typeof stats?.count === 'number' && stats.count >= 0) return stats.count;
  } catch {
    // $collStats not permitted for this user or not supported
  }
  return null;
}

/** The metadata size, else the driver's estimate (a full count on FerretDB): for listings that ask for sizes. */
export async function estimatedCount(collection: Collection<Document>): Promise<number> {
  return (await metadataCount(collection)) ?? collection.estimatedDocumentCount();
}
