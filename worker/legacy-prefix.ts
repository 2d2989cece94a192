/**
 * Why: queue keys moved from `<QUEUE_PREFIX>:<queue>:…` to the hash-tagged `{<QUEUE_PREFIX>}:<queue>:…` (Redis
 * Cluster). On a single Redis that still holds keys of the old form (a stack that ran before the change), the
 * worker renames them at start so queued, delayed, failed jobs and schedulers carry on. RENAMENX never overwrites
 * a key that already exists in the new form; such keys are left and counted. A cluster never held the old keys
 * (BullMQ cannot run there without a hash tag), so nothing is done on one.
 */
import { Redis } from 'ioredis';
import { ROLLUPS_QUEUE_NAME } from '../lib/analytics/rollups-queue';
import { env } from '../lib/env';
import { EMAIL_QUEUE_NAME } from '../lib/mail/queue';
import { legacyQueuePrefix, queuePrefix, SYNC_QUEUE_NAME } from '../lib/queue/connection';
import { clusterNodes } from '../lib/redis-client';

export async function renameLegacyQueueKeys(): Promise<{ renamed: number; kept: number }> {
  const result = { renamed: 0, kept: 0 };
  if (clusterNodes()) return result;
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, connectionName: 'sync-portal-prefix-rename' });
  try {
    for (const queue of [SYNC_QUEUE_NAME, EMAIL_QUEUE_NAME, ROLLUPS_QUEUE_NAME]) {
      const legacy = `${legacyQueuePrefix()}:${queue}:`;
      for await (const keys of redis.scanStream({ match: `${legacy}*`, count: 1000 }) as AsyncIterable<string[]>) {
        for (const key of keys) {
          // null: the key went away since the scan listed it (SCAN may list a key twice)
          const moved = await redis.renamenx(key, `${queuePrefix()}:${queue}:${key.slice(legacy.length)}`).catch(() => null);
          if (moved === 1) result.renamed++;
          if (moved === 0) result.kept++;
        }
      }
    }
  } finally {
    redis.disconnect();
  }
  return result;
}
