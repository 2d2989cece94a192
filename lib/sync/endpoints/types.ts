/**
 * Why: the engine copies between endpoints, not collections. Each side is one small interface — read a batch
 * after a key, write a batch idempotently, delete extras, count, hash — with a MongoDB and a MySQL
 * implementation, so the engine's guarantees (checkpoint per acknowledged batch, resume without loss or
 * duplicates, cancel at a batch boundary, one batch read ahead) hold for all four pairs. Documents are the common
 * currency: a MySQL side maps rows to and from documents (lib/sync/mapping).
 */
import type { Document } from 'bson';
import type { IndexReport, SourceIndexes } from '../indexes/types';

/** Incremental mode's window on the watermark field, as canonical EJSON (since exclusive, until inclusive); null: the whole selection. */
export type Window = { since?: string | null; until?: string | null } | null;

export type HashResult = { count: number; hash: string };

/** The next batch (empty at the end); closing releases the cursor or stops paging. */
export type BatchReader = { next(): Promise<Document[]>; close(): Promise<void> };

export interface SyncSource {
  readonly label: string;
  /** The highest watermark value in the selection now (canonical EJSON), or null when it is empty. */
  highWatermark(): Promise<string | null>;
  /** Batches in key (_id) order after `lastId` (decoded), one batch read ahead. */
  read(window: Window, lastId: unknown, batchSize: number): BatchReader;
  /** The selection's size for progress, or null when it would cost a scan the server cannot answer cheaply. */
  size(window: Window): Promise<number | null>;
  count(window: Window): Promise<number>;
  /** _ids of the selection in key order, for mirror's merge. */
  ids(window: Window, batchSize: number): AsyncIterableIterator<unknown>;
  /** Which of `ids` are (still) in the selection, by canonical EJSON. */
  present(window: Window, ids: unknown[]): Promise<Set<string>>;
  hash(window: Window, normalize: (doc: Document) => Document, batchSize: number, signal?: AbortSignal): Promise<HashResult>;
  /** Its indexes (in document fields) and collection options, for the target to copy. */
  indexes(): Promise<SourceIndexes>;
}

/** `existing`: documents whose _id was already in the target; `duplicates`: those reported as conflicts (insert mode). */
export type BatchOutcome = { existing: number; duplicates: Document[] };

export interface SyncTarget {
  readonly label: string;
  /** What the target will hold for a source document (identity for MongoDB; through the column map for MySQL). */
  normalize(doc: Document): Document;
  writeBatch(docs: Document[], mode: 'insert' | 'upsert', resuming: boolean): Promise<BatchOutcome>;
  ids(batchSize: number): AsyncIterableIterator<unknown>;
  deleteIds(ids: unknown[]): Promise<number>;
  count(): Promise<number>;
  hash(batchSize: number, signal?: AbortSignal): Promise<HashResult>;
  /** Creates the source's indexes and options if this run created the target, else compares; refusals are named, not thrown. */
  copyIndexes(source: SourceIndexes): Promise<IndexReport>;
  loadWatermark(key: string): Promise<string | null>;
  saveWatermark(key: string, mark: string): Promise<void>;
}
