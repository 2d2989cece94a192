/**
 * Why: code on HTTP paths (login throttling, health, the queue producer) must fail fast when Redis is down so the
 * page can answer 503 instead of hanging: no offline queue, one retry, short connect timeout. One client per
 * process; callers await readiness (bounded) because commands sent while connecting would fail outright.
 */
import { Redis } from 'ioredis';
import { env } from './env';
import { storeUnavailable } from './errors';

const CONNECT_TIMEOUT_MS = 2_000;

/** The options every Redis client on an HTTP path uses (also the BullMQ producer's connection). */
export const FAIL_FAST_REDIS_OPTIONS = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: CONNECT_TIMEOUT_MS } as const;
/** Reconnect quickly at first, then every 2 s at most, for long-lived clients. */
export const reconnectBackoff = (attempt: number) => Math.min(attempt * 200, 2_000);
const globalForRedis = globalThis as unknown as { httpRedis?: Redis };

function client(): Redis {
  if (!globalForRedis.httpRedis) {
    globalForRedis.httpRedis = new Redis(env.REDIS_URL, {
      ...FAIL_FAST_REDIS_OPTIONS,
      retryStrategy: reconnectBackoff,
    });
    globalForRedis.httpRedis.on('error', () => {});
  }
  return globalForRedis.httpRedis;
}

/** The shared client only if Redis is not known to be down (no wait while it is reconnecting), else null. */
export async function httpRedisUnlessDown(): Promise<Redis | null> {
  const status = client().status;
  if (status === 'reconnecting' || status === 'close' || status === 'end') return null;
  return httpRedis().catch(() => null);
}

/** The shared fail-fast client, once connected; throws a STORE_UNAVAILABLE AppError if it cannot connect in time. */
export async function httpRedis(): Promise<Redis> {
  const redis = client();
  if (redis.status === 'ready') return redis;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(storeUnavailable('Redis'));
    }, CONNECT_TIMEOUT_MS);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
  return redis;
}
