/**
 * Why: one producer Queue per process (cached on globalThis so Next's dev reloads do not leak connections).
 */
import { Queue } from 'bullmq';
import { producerConnection, queuePrefix, SYNC_QUEUE_NAME } from './connection';
import type { SyncJobData, SyncJobResult } from './types';

export type SyncQueue = Queue<SyncJobData, SyncJobResult>;

const globalForQueue = globalThis as typeof globalThis & { syncPortalQueue?: SyncQueue };

export function getSyncQueue(): SyncQueue {
  if (!globalForQueue.syncPortalQueue) {
    const queue: SyncQueue = new Queue(SYNC_QUEUE_NAME, { connection: producerConnection(), prefix: queuePrefix() });
    queue.on('error', () => undefined);
    globalForQueue.syncPortalQueue = queue;
  }
  return globalForQueue.syncPortalQueue;
}

export async function closeSyncQueue(): Promise<void> {
  const queue = globalForQueue.syncPortalQueue;
  globalForQueue.syncPortalQueue = undefined;
  await queue?.close();
}
