/**
 * Why: BullMQ needs two kinds of Redis connections. Workers block on Redis and must retry forever
 * (`maxRetriesPerRequest: null`), while producers called from HTTP requests must fail fast
 * (`enableOfflineQueue: false`) so the page can answer 503 instead of hanging when Redis is down.
 */
import type { ConnectionOptions } from 'bullmq';
import { env } from '../env';
import { FAIL_FAST_REDIS_OPTIONS } from '../redis';

export const SYNC_QUEUE_NAME = 'sync';
export const SYNC_JOB_NAME = 'sync';

export function queuePrefix(): string {
  return env.QUEUE_PREFIX;
}

export function workerConnection(): ConnectionOptions {
  return { url: env.REDIS_URL, maxRetriesPerRequest: null, connectionName: 'sync-portal-worker' };
}

export function producerConnection(): ConnectionOptions {
  return { url: env.REDIS_URL, ...FAIL_FAST_REDIS_OPTIONS, connectionName: 'sync-portal-producer' };
}

/** Redis key for data this app keeps beside BullMQ's own keys (cancel requests, enqueue locks). */
export function appKey(...parts: string[]): string {
  return [queuePrefix(), SYNC_QUEUE_NAME, 'app', ...parts].join(':');
}
