import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import mysql from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAccess } from '@/lib/auth/dal';
import { cachedLiveSession, INVALIDATION_CHANNEL, invalidateUserSessions, liveSessionCacheActive } from '@/lib/auth/live-session-cache';
import { env } from '@/lib/env';
import { makeSession, makeUser } from '../support/users';

const redis = new Redis(env.REDIS_URL);
const sql = await mysql.createConnection(env.DATABASE_URL);
afterAll(async () => {
  redis.disconnect();
  await sql.end();
});

async function eventually(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A user's loader that counts how often the cache had to go to the store. */
function countingLoader(userId: number, during?: () => Promise<void>) {
  const loader = async () => {
    loader.calls++;
    await during?.();
    return { userId };
  };
  loader.calls = 0;
  loader.userId = userId;
  return loader;
}

const read = (sid: string, loader: ReturnType<typeof countingLoader>) => cachedLiveSession(loader.userId, sid, loader);

describe('live session cache', () => {
  it('reuses a live session until the user changes, then reads the store again', async () => {
    await eventually(async () => (await read(randomUUID(), countingLoader(1)), liveSessionCacheActive()), 'the cache is subscribed');
    const sid = randomUUID();
    const loader = countingLoader(41);
    await read(sid, loader);
    await read(sid, loader);
    expect(loader.calls).toBe(1);
    await invalidateUserSessions(41);
    await read(sid, loader);
    expect(loader.calls).toBe(2);
  });

  it('does not keep a row loaded while that user was invalidated', async () => {
    const sid = randomUUID();
    const racing = countingLoader(42, () => invalidateUserSessions(42));
    await read(sid, racing);
    await read(sid, racing);
    expect(racing.calls).toBe(2);
  });

  it('drops a session when another server process announces a change through Redis', async () => {
    const user = await makeUser();
    const sid = await makeSession(user.id);
    const claims = { userId: user.id, role: user.role, sessionId: sid, expiresAt: Date.now() + 60_000 };
    expect((await checkAccess(claims, 'customer')).ok).toBe(true);
    // Another process revokes the row and publishes; this process only hears about it on the channel.
    await sql.query('UPDATE sessions SET revoked_at = NOW(3) WHERE id = ?', [sid]);
    expect((await checkAccess(claims, 'customer')).ok).toBe(true);
    await redis.publish(INVALIDATION_CHANNEL, String(user.id));
    await eventually(async () => !(await checkAccess(claims, 'customer')).ok, 'the revoked session is refused');
    expect(await checkAccess(claims, 'customer')).toEqual({ ok: false, status: 401 });
  });

  it('stops serving from memory when its subscription drops, and resumes once resubscribed', async () => {
    const sid = randomUUID();
    const loader = countingLoader(43);
    await read(sid, loader);
    expect(loader.calls).toBe(1);
    const clients = (await redis.call('CLIENT', 'LIST', 'TYPE', 'pubsub')) as string;
    const ours = clients.split('\n').find((line) => line.includes(`name=sync-portal:session-cache:${process.pid} `));
    expect(ours).toBeDefined();
    await redis.call('CLIENT', 'KILL', 'ID', ours!.match(/^id=(\d+)/)![1]);
    await eventually(() => !liveSessionCacheActive(), 'the cache notices the lost subscription');
    await read(sid, loader);
    expect(loader.calls).toBe(2);
    await eventually(() => liveSessionCacheActive(), 'the cache resubscribes');
    await read(sid, loader);
    await read(sid, loader);
    expect(loader.calls).toBe(3);
  });
});
