/**
 * Why: reading the session row from MySQL on every request cost about a tenth of a small page's throughput
 * (`npm run bench:web`). A server process may reuse a live session row for SESSION_CACHE_TTL_MS, but only while
 * it is subscribed to the invalidation channel: every write that could end a session or change what it shows
 * (revoke, sign-out, role, status, password or profile change) drops that user's rows here at once and in every
 * other process through Redis pub/sub. A lost subscription clears the cache and sends every request to MySQL
 * until it is back; a load that raced an invalidation is not kept.
 */
import { env } from '../env';
import { FAIL_FAST_REDIS_OPTIONS, httpRedisUnlessDown, reconnectBackoff } from '../redis';
import { createRedisClient, type RedisClient } from '../redis-client';

export const INVALIDATION_CHANNEL = `${env.QUEUE_PREFIX}:auth:user-changed`;
const MAX_ENTRIES = 10_000;

type Entry = { value: unknown; userId: number; storedAt: number };
type CacheState = { entries: Map<string, Entry>; generation: number; subscribed: boolean; subscriber?: RedisClient };

const state = globalThis as unknown as { liveSessionCache?: CacheState };
const cache: CacheState = (state.liveSessionCache ??= { entries: new Map(), generation: 0, subscribed: false });

function dropUser(userId: number): void {
  cache.generation++;
  for (const [key, entry] of cache.entries) if (entry.userId === userId) cache.entries.delete(key);
}

function dropAll(): void {
  cache.generation++;
  cache.entries.clear();
}

function subscribe(): void {
  if (cache.subscriber || env.SESSION_CACHE_TTL_MS === 0) return;
  const subscriber = createRedisClient({
    connectionName: `sync-portal:session-cache:${process.pid}`,
    ...FAIL_FAST_REDIS_OPTIONS,
    autoResubscribe: false,
    retryStrategy: reconnectBackoff,
  });
  const stop = () => {
    cache.subscribed = false;
    dropAll();
  };
  subscriber.on('error', () => {});
  subscriber.on('close', stop);
  subscriber.on('reconnecting', stop);
  subscriber.on('ready', () => {
    subscriber.subscribe(INVALIDATION_CHANNEL).then(
      () => {
        dropAll();
        cache.subscribed = true;
      },
      () => subscriber.disconnect(true),
    );
  });
  subscriber.on('message', (_channel: string, message: string) => {
    const userId = Number(message);
    if (Number.isInteger(userId)) dropUser(userId);
    else dropAll();
  });
  cache.subscriber = subscriber;
}

/** The user's cached session, or `load()`'s result — kept only if nothing was invalidated meanwhile. */
export async function cachedLiveSession<T>(userId: number, sessionId: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
  subscribe();
  const key = `${userId}:${sessionId}`;
  const hit = cache.entries.get(key);
  if (hit && cache.subscribed && Date.now() - hit.storedAt < env.SESSION_CACHE_TTL_MS) return hit.value as T;
  const generation = cache.generation;
  const value = await load();
  cache.entries.delete(key);
  if (value !== undefined && cache.subscribed && generation === cache.generation) {
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    cache.entries.set(key, { value, userId, storedAt: Date.now() });
  }
  return value;
}

/**
 * Call after any write to a user's sessions or account: drops their cached sessions in this process now and in
 * the others through Redis. When Redis is down the others have lost their subscription too and are not serving
 * from their caches (and every entry expires after the TTL regardless).
 */
export async function invalidateUserSessions(userId: number): Promise<void> {
  dropUser(userId);
  const redis = await httpRedisUnlessDown();
  await redis?.publish(INVALIDATION_CHANNEL, String(userId)).catch(() => undefined);
}

/** Whether this process currently serves sessions from its cache (the tests watch it). */
export function liveSessionCacheActive(): boolean {
  return cache.subscribed;
}
