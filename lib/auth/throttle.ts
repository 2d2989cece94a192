/**
 * Why: every guessable secret and every costly public form is rate-limited the same way: a point is consumed
 * atomically *before* the check (so parallel attempts cannot all be checked against the same count) and given back
 * when the attempt succeeds. Counters live in Redis (rate-limiter-flexible), with an in-memory insurance limiter so
 * a Redis outage neither locks everybody out nor lifts the limit.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '../env';
import { httpRedisUnlessDown } from '../redis';

export type Throttle = {
  /** Takes one point: 0 when the attempt may go ahead, else the seconds until the next one may. */
  consume(key: string): Promise<number>;
  /** Gives back the point of an attempt that succeeded. */
  refund(key: string): Promise<void>;
  /** Forgets the key's failures (a successful sign-in clears its account). */
  clear(key: string): Promise<void>;
};

const globalForThrottles = globalThis as unknown as { throttles?: Map<string, RateLimiterRedis> };
const redisLimiters = (globalForThrottles.throttles ??= new Map());

export function createThrottle(name: string, points: number, windowSeconds: number): Throttle {
  const options = { points, duration: windowSeconds, blockDuration: windowSeconds };
  const memory = new RateLimiterMemory({ ...options, keyPrefix: name });

  async function limiter(): Promise<RateLimiterRedis | RateLimiterMemory> {
    const cached = redisLimiters.get(name);
    if (cached) return cached;
    const redis = await httpRedisUnlessDown();
    if (!redis) return memory;
    const created = new RateLimiterRedis({ ...options, storeClient: redis, keyPrefix: `${env.QUEUE_PREFIX}:${name}`, insuranceLimiter: memory });
    redisLimiters.set(name, created);
    return created;
  }

  return {
    async consume(key) {
      try {
        await (await limiter()).consume(key);
        return 0;
      } catch (error) {
        if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
    async refund(key) {
      await (await limiter()).reward(key).catch(() => undefined);
    },
    async clear(key) {
      await (await limiter()).delete(key).catch(() => undefined);
    },
  };
}

/** "Try again in N minute(s)." for a wait in seconds. */
export function retryPhrase(seconds: number): string {
  return `Try again in ${Math.max(1, Math.ceil(seconds / 60))} minute(s).`;
}
