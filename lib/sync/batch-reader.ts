/**
 * Why: reading the next batch while the previous one is being written hides one of the two round trips per
 * batch. Exactly one batch is read ahead, so memory stays bounded by two batches whatever the source's size.
 * The reader is the same for a MongoDB cursor and MySQL keyset pages; only `read` differs.
 */
import type { Document, FindCursor } from 'mongodb';
import type { BatchReader } from './endpoints/types';

export class ReadAheadBatches implements BatchReader {
  private pending: Promise<Document[]> | null = null;

  constructor(
    private readonly read: () => Promise<Document[]>,
    private readonly release: () => Promise<void> = async () => undefined,
  ) {}

  /** The next batch (empty when the source is exhausted); starts reading the one after it straight away. */
  async next(): Promise<Document[]> {
    const batch = await (this.pending ?? this.read());
    this.pending = batch.length ? this.read() : null;
    this.pending?.catch(() => undefined);
    return batch;
  }

  async close(): Promise<void> {
    await this.pending?.catch(() => undefined);
    await this.release();
  }
}

/** Batches of `size` from one long-lived cursor. */
export function cursorBatches(cursor: FindCursor<Document>, size: number): ReadAheadBatches {
  return new ReadAheadBatches(
    async () => {
      const docs: Document[] = [];
      while (docs.length < size && (await cursor.hasNext())) docs.push(...cursor.readBufferedDocuments(size - docs.length));
      return docs;
    },
    () => cursor.close(),
  );
}
