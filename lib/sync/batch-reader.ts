/**
 * Why: reading the next batch while the previous one is being written hides one of the two round trips per
 * batch. Exactly one batch is read ahead, so memory stays bounded by two batches whatever the collection size.
 */
import type { Document, FindCursor } from 'mongodb';

export class ReadAheadBatches {
  private pending: Promise<Document[]> | null = null;

  constructor(
    private readonly cursor: FindCursor<Document>,
    private readonly size: number,
  ) {}

  /** The next batch (empty when the cursor is exhausted); starts reading the one after it straight away. */
  async next(): Promise<Document[]> {
    const batch = await (this.pending ?? this.read());
    this.pending = batch.length ? this.read() : null;
    this.pending?.catch(() => undefined);
    return batch;
  }

  async close(): Promise<void> {
    await this.pending?.catch(() => undefined);
    await this.cursor.close();
  }

  private async read(): Promise<Document[]> {
    const docs: Document[] = [];
    while (docs.length < this.size && (await this.cursor.hasNext())) {
      docs.push(...this.cursor.readBufferedDocuments(this.size - docs.length));
    }
    return docs;
  }
}
