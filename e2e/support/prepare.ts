/**
 * Why: every e2e run starts from an empty, migrated MySQL database holding only the demo users, freshly seeded
 * demo analytics data in its own Mongo databases, and an empty e2e queue.
 */
import './apply-env';
import { execFileSync } from 'node:child_process';
import { recreateDatabase, runMigrations } from '../../scripts/migrate';
import { copyCustomerDataNow } from '../../lib/analytics/customer-copy/copy-now';
import { refreshRollups } from '../../lib/analytics/rollups';
import { ensureBuiltInSchedules } from '../../lib/schedules/built-in';
import { closeSyncMysqlPool, getSyncMysqlPool } from '../../lib/sync/mysql/pool';
import { isNotNull } from 'drizzle-orm';
import { db, pool } from '../../lib/db';
import { syncSchedules } from '../../lib/db/schema';
import { closeMongoClient, getMongoClient } from '../../lib/mongo/client';
import { closeSyncQueue, getSyncQueue } from '../../lib/queue';
import { closeEmailQueue, getEmailQueue } from '../../lib/mail/queue';
import { deleteKeysWithPrefix } from '../../tests/support/redis-keys';
import { E2E_BIG_DB, E2E_ENV, E2E_MONGO_DB } from './env';

async function dropMongoDatabases(names: string[]): Promise<void> {
  const client = await getMongoClient();
  for (const name of names) await client.db(name).dropDatabase();
  await closeMongoClient();
}

/** Jobs left from an earlier run would make the jobs table and duplicate checks lie (and old mail arrive late). */
async function clearQueue(): Promise<void> {
  const queue = getSyncQueue();
  await queue.obliterate({ force: true });
  await closeSyncQueue();
  await getEmailQueue().obliterate({ force: true });
  await closeEmailQueue();
}

async function main(): Promise<void> {
  await recreateDatabase(E2E_ENV.DATABASE_URL);
  await runMigrations(E2E_ENV.DATABASE_URL);
  const env = { ...process.env, ...E2E_ENV, NODE_ENV: 'test' as const };
  execFileSync('npx', ['tsx', 'scripts/seed-users.ts'], { stdio: 'inherit', env });
  await dropMongoDatabases([E2E_MONGO_DB, E2E_BIG_DB]);
  execFileSync('npx', ['tsx', 'scripts/seed-demo.ts', '--db', E2E_MONGO_DB, '--count', '200'], { stdio: 'inherit', env });
  execFileSync('npx', ['tsx', 'scripts/seed-demo.ts', '--db', E2E_BIG_DB, '--count', '3000'], { stdio: 'inherit', env });
  await refreshRollups((await getMongoClient()).db(E2E_MONGO_DB));
  await copyCustomerDataNow({ mongo: await getMongoClient(), mysql: getSyncMysqlPool }, E2E_MONGO_DB);
  await ensureBuiltInSchedules(E2E_MONGO_DB);
  // Paused, so the clock adds no runs to the journeys' job lists; the copy above already filled the customer pages.
  await db.update(syncSchedules).set({ enabled: false }).where(isNotNull(syncSchedules.builtIn));
  await Promise.all([closeMongoClient(), closeSyncMysqlPool(), pool.end()]);
  await clearQueue();
  // Throttle counters (email links, sign-in) of an earlier run: ids restart and every request comes from 127.0.0.1.
  await deleteKeysWithPrefix(E2E_ENV.QUEUE_PREFIX);
}

main().catch((error: Error) => {
  console.error(`[e2e prepare] ${error.message}`);
  process.exit(1);
});
