/**
 * Why: the metrics route's run figures come from the durable run history (sync_runs), grouped in MariaDB: runs
 * and documents copied per state, and how many finished runs took at most each bucket's seconds.
 */
import { count, inArray, isNotNull, and, sql } from 'drizzle-orm';
import { db } from '../index';
import { syncRuns } from '../schema';

export const RUN_DURATION_BUCKETS = [1, 5, 15, 60, 300, 900, 3600, 14_400] as const;

export type RunDurations = { count: number; sum: number; buckets: number[] };

export async function runsByState(): Promise<{ state: string; runs: number; copied: number }[]> {
  const rows = await db
    .select({ state: syncRuns.state, runs: count(), copied: sql<string>`COALESCE(SUM(${syncRuns.copied}), 0)` })
    .from(syncRuns)
    .groupBy(syncRuns.state);
  return rows.map((r) => ({ state: r.state, runs: r.runs, copied: Number(r.copied) }));
}

/** Completed and failed runs' durations (start of the attempt to its finish), cumulated per bucket as Prometheus wants. */
export async function runDurations(): Promise<RunDurations> {
  const seconds = sql`TIMESTAMPDIFF(MICROSECOND, ${syncRuns.startedAt}, ${syncRuns.finishedAt}) / 1e6`;
  const [row] = await db
    .select({
      count: count(),
      sum: sql<string>`COALESCE(SUM(${seconds}), 0)`,
      buckets: sql<string>`CONCAT_WS(',', ${sql.join(
        RUN_DURATION_BUCKETS.map((le) => sql`COALESCE(SUM(${seconds} <= ${le}), 0)`),
        sql`, `,
      )})`,
    })
    .from(syncRuns)
    .where(and(inArray(syncRuns.state, ['completed', 'failed']), isNotNull(syncRuns.startedAt), isNotNull(syncRuns.finishedAt)));
  return { count: row.count, sum: Number(row.sum), buckets: row.buckets.split(',').map(Number) };
}
