/**
 * Why: bound password guessing per account and address (rate-limiter-flexible on Redis, with an in-memory
 * fallback so a Redis outage does not lock everybody out). Only failures count; a success clears the key.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '../env';
import { httpRedisUnlessDown } from '../redis';

const WINDOW_SECONDS = 15 * 60;

const globalForLimiter = globalThis as unknown as { loginLimiter?: RateLimiterRedis | RateLimiterMemory };
const memoryLimiter = new RateLimiterMemory({ points: env.LOGIN_MAX_ATTEMPTS, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS });

/** Redis-backed when Redis answers at first use; the in-memory insurance limiter covers later outages. */
async function limiter(): Promise<RateLimiterRedis | RateLimiterMemory> {
  if (globalForLimiter.loginLimiter) return globalForLimiter.loginLimiter;
  const redis = await httpRedisUnlessDown();
  if (!redis) return memoryLimiter;
  globalForLimiter.loginLimiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${env.QUEUE_PREFIX}:login-fail`,
    points: env.LOGIN_MAX_ATTEMPTS,
    duration: WINDOW_SECONDS,
    blockDuration: WINDOW_SECONDS,
    insuranceLimiter: memoryLimiter,
  });
  return globalForLimiter.loginLimiter;
}

const keyOf = (ip: string | null, identifier: string) => `${ip ?? 'unknown'}:${identifier}`;

/** Seconds until another attempt is allowed, or 0. */
export async function loginRetryAfter(ip: string | null, identifier: string): Promise<number> {
  const state = await (await limiter()).get(keyOf(ip, identifier)).catch(() => null);
  if (!state || state.consumedPoints < env.LOGIN_MAX_ATTEMPTS) return 0;
  return Math.ceil(state.msBeforeNext / 1000);
}

export async function recordLoginFailure(ip: string | null, identifier: string): Promise<void> {
  await (await limiter()).consume(keyOf(ip, identifier)).catch((error: unknown) => {
    if (!(error instanceof RateLimiterRes)) throw error;
  });
}

export async function clearLoginFailures(ip: string | null, identifier: string): Promise<void> {
  await (await limiter()).delete(keyOf(ip, identifier)).catch(() => undefined);
}
