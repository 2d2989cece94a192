/**
 * Why: a collection's size from its metadata, without reading it. `$collStats` is answered from storage stats on
 * MongoDB and FerretDB alike, while FerretDB v1 answers `count` (estimatedDocumentCount) by scanning the table.
 */
import type { Collection, Document } from 'mongodb';

export async function estimatedCount(collection: Collection<Document>): Promise<number> {
  try {
    const [stats] = await collection.aggregate<{ count?: number }>([{ $collStats: { count: {} } }]).toArray();
    if (typeof stats?.count === 'number') return stats.count;
  } catch {
    // $collStats not permitted for this user or not supported: fall back to the driver's estimate
  }
  return collection.estimatedDocumentCount();
}
