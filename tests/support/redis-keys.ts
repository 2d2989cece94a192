/** Why: test runs reuse ids (fresh databases), so counters and queues an earlier run left under its prefix must go. */
import { Redis } from 'ioredis';

/** Deletes every Redis key that starts with `${prefix}:` or its hash-tagged queue form `{${prefix}}:` (nothing of another prefix). */
export async function deleteKeysWithPrefix(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    for (const pattern of [`${prefix}:*`, `{${prefix}}:*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}
