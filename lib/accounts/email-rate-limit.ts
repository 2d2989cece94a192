/**
 * Why: links by email cost us a message and the recipient an inbox entry, so asking for them is bounded per
 * address (the requester's IP) and per account (the email asked about): rate-limiter-flexible on Redis with an
 * in-memory insurance limiter, as the sign-in throttle does.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '../env';
import { httpRedisUnlessDown } from '../redis';

type LimitName = 'reset-ip' | 'reset-account' | 'verify-account';

const LIMITS: Record<LimitName, { points: number; duration: number }> = {
  /** One address may ask for many accounts' links only so often (a spray against many inboxes). */
  'reset-ip': { points: 20, duration: 3600 },
  'reset-account': { points: 3, duration: 15 * 60 },
  'verify-account': { points: 3, duration: 15 * 60 },
};

const globalForLimits = globalThis as unknown as { emailLimiters?: Map<LimitName, RateLimiterRedis> };
const memory = new Map<LimitName, RateLimiterMemory>();

async function limiter(name: LimitName): Promise<RateLimiterRedis | RateLimiterMemory> {
  const cached = globalForLimits.emailLimiters?.get(name);
  if (cached) return cached;
  const insurance = memory.get(name) ?? new RateLimiterMemory(LIMITS[name]);
  memory.set(name, insurance);
  const redis = await httpRedisUnlessDown();
  if (!redis) return insurance;
  const made = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${env.QUEUE_PREFIX}:mail-limit:${name}`, ...LIMITS[name], insuranceLimiter: insurance });
  (globalForLimits.emailLimiters ??= new Map()).set(name, made);
  return made;
}

/** Takes one point; returns 0 when allowed, else the seconds until the next is allowed. */
export async function takeEmailPoint(name: LimitName, key: string): Promise<number> {
  try {
    await (await limiter(name)).consume(key.toLowerCase());
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

export function waitMessage(seconds: number): string {
  return `Too many requests. Try again in ${Math.ceil(seconds / 60)} minute(s).`;
}
