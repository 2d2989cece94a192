/**
 * Why: a collection's size from its metadata, without reading it. `$collStats` is answered from storage stats on
 * MongoDB and FerretDB alike. On FerretDB's PostgreSQL backend it is PostgreSQL's row estimate, which is -1 until
 * the table is first analysed; then the driver's estimate (a `count`, a plain SELECT count(*) there) answers.
 */
import type { Collection, Document } from 'mongodb';

export async function estimatedCount(collection: Collection<Document>): Promise<number> {
  try {
    const [stats] = await collection.aggregate<{ count?: number }>([{ $collStats: { count: {} } }]).toArray();
    if (typeof stats?.count === 'number' && stats.count >= 0) return stats.count;
  } catch {
    // $collStats not permitted for this user or not supported: fall back to the driver's estimate
  }
  return collection.estimatedDocumentCount();
}
