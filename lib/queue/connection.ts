/**
 * Why: BullMQ needs two kinds of Redis connections. Workers block on Redis and must retry forever
 * (`maxRetriesPerRequest: null`), while producers called from HTTP requests must fail fast
 * (`enableOfflineQueue: false`) so the page can answer 503 instead of hanging when Redis is down.
 * Every queue's keys carry the prefix as a `{hash tag}`, so each queue lives in one slot of a Redis Cluster.
 */
import { MetricsTime, type ConnectionOptions } from 'bullmq';
import { env } from '../env';
import { FAIL_FAST_REDIS_OPTIONS } from '../redis';
import { clusterNodes, createRedisClient } from '../redis-client';

export const SYNC_QUEUE_NAME = 'sync';
export const SYNC_JOB_NAME = 'sync';

/** Workers keep a week of per-minute completed/failed counts (BullMQ metrics; the metrics route reads the totals). */
export const WORKER_METRICS_OPTIONS = { maxDataPoints: MetricsTime.ONE_WEEK };

/** QUEUE_PREFIX as a Redis Cluster hash tag: `{sync-portal}:sync:…` keys all hash to the slot of `sync-portal`. */
export function queuePrefix(): string {
  return `{${env.QUEUE_PREFIX}}`;
}

/** The prefix keys had before it became a hash tag (renamed at worker start, see worker/legacy-prefix.ts). */
export function legacyQueuePrefix(): string {
  return env.QUEUE_PREFIX;
}

type ClientOptions = { maxRetriesPerRequest: number | null; connectionName: string; enableOfflineQueue?: boolean; connectTimeout?: number };

function connection(options: ClientOptions): ConnectionOptions {
  return clusterNodes() ? createRedisClient(options) : { url: env.REDIS_URL, ...options };
}

export function workerConnection(): ConnectionOptions {
  return connection({ maxRetriesPerRequest: null, connectionName: 'sync-portal-worker' });
}

export function producerConnection(): ConnectionOptions {
  return connection({ ...FAIL_FAST_REDIS_OPTIONS, connectionName: 'sync-portal-producer' });
}

/** Redis key for data this app keeps beside BullMQ's own keys (cancel requests, enqueue locks). */
export function appKey(...parts: string[]): string {
  return [queuePrefix(), SYNC_QUEUE_NAME, 'app', ...parts].join(':');
}
