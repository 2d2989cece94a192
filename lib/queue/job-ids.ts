/**
 * Why: BullMQ numbers jobs from a counter in Redis, but the run history in MySQL outlives Redis. A Redis that lost
 * its data (restarted without persistence, restored from an older snapshot, flushed) counts from 1 again, and the
 * history then lists #1, #2… twice, for different pairs, with one job page for both. Before a job is added, the
 * counter is moved past the highest numeric id the history holds: the whole history when the counter is gone,
 * the latest runs otherwise (one cheap read by primary key).
 */
import { sql } from 'drizzle-orm';
import { db } from '../db';
import { syncRuns } from '../db/schema';
import type { SyncQueue } from './queue';

const RECENT_RUNS = 1_000;
const RAISE_COUNTER = `local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
return 1`;

async function highestRecordedJobId(recentOnly: boolean): Promise<number> {
  const numeric = sql`job_id REGEXP '^[0-9]+$'`;
  const [[row]] = (await db.execute(
    recentOnly
      ? sql`SELECT MAX(CAST(job_id AS UNSIGNED)) AS highest FROM (SELECT job_id FROM ${syncRuns} ORDER BY id DESC LIMIT ${RECENT_RUNS}) recent WHERE ${numeric}`
      : sql`SELECT MAX(CAST(job_id AS UNSIGNED)) AS highest FROM ${syncRuns} WHERE ${numeric}`,
  )) as unknown as [{ highest: string | number | null }[]];
  return Number(row?.highest ?? 0);
}

export async function keepJobIdsAheadOfHistory(queue: SyncQueue): Promise<void> {
  const client = await queue.backend.client;
  const key = queue.toKey('id');
  const highest = await highestRecordedJobId((await client.get(key)) !== null);
  if (highest > 0) await client.runCommand('eval', [RAISE_COUNTER, 1, key, highest]);
}
