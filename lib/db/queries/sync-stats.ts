/**
 * Why: management's sync statistics come from the run history in SQL (grouped in MariaDB, never in memory):
 * runs per day by outcome, documents copied, median docs/s, failure rate, and the slowest and most-failing
 * source -> target pairs over a period.
 */
import { and, count, desc, eq, gte, isNotNull, sql } from 'drizzle-orm';
import { db } from '../index';
import { syncRuns } from '../schema';

export const STAT_PERIODS = [7, 30, 90] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

export type DayStats = { day: string; completed: number; failed: number; cancelled: number; other: number; copied: number };
export type PairStats = { pair: string; runs: number; failed: number; failureRate: number; avgDocsPerSec: number | null; avgSeconds: number | null };
export type SyncStats = {
  days: DayStats[];
  totals: { runs: number; completed: number; failed: number; copied: number; failureRate: number; medianDocsPerSec: number | null };
  slowest: PairStats[];
  mostFailing: PairStats[];
};

const OUTCOMES = ['completed', 'failed', 'cancelled'] as const;

function dayKeys(since: Date, days: number): string[] {
  return Array.from({ length: days }, (_, i) => new Date(since.getTime() + i * 86_400_000).toISOString().slice(0, 10));
}

async function medianDocsPerSec(since: Date): Promise<number | null> {
  const where = and(eq(syncRuns.state, 'completed'), isNotNull(syncRuns.docsPerSec), gte(syncRuns.createdAt, since));
  const n = await db.$count(syncRuns, where);
  if (n === 0) return null;
  const middle = await db
    .select({ v: syncRuns.docsPerSec })
    .from(syncRuns)
    .where(where)
    .orderBy(syncRuns.docsPerSec)
    .limit(n % 2 ? 1 : 2)
    .offset(Math.floor((n - 1) / 2));
  return Math.round(middle.reduce((sum, r) => sum + (r.v ?? 0), 0) / middle.length);
}

export async function syncStats(period: StatPeriod, now = new Date()): Promise<SyncStats> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (period - 1) * 86_400_000);
  const day = sql<string>`DATE_FORMAT(${syncRuns.createdAt}, '%Y-%m-%d')`;
  const pair = sql<string>`CONCAT(${syncRuns.sourceNs}, ' → ', ${syncRuns.targetNs})`;
  const failedCount = sql<number>`SUM(${syncRuns.state} = 'failed')`;
  const finishedCount = sql<number>`SUM(${syncRuns.state} IN ('completed', 'failed'))`;
  const avgDocsPerSec = sql<number | null>`AVG(CASE WHEN ${syncRuns.state} = 'completed' THEN ${syncRuns.docsPerSec} END)`;
  const pairColumns = {
    pair,
    runs: finishedCount,
    failed: failedCount,
    avgDocsPerSec,
    avgSeconds: sql<
      number | null
    >`AVG(CASE WHEN ${syncRuns.state} = 'completed' THEN TIMESTAMPDIFF(MICROSECOND, ${syncRuns.startedAt}, ${syncRuns.finishedAt}) / 1e6 END)`,
  };
  const inPeriod = gte(syncRuns.createdAt, since);
  // Both pair tables read the same rows of a pair (every run in the period), so a pair shows the same counts in each.
  const pairs = () => db.select(pairColumns).from(syncRuns).where(inPeriod).groupBy(syncRuns.sourceNs, syncRuns.targetNs);
  const [byDay, slowest, mostFailing, median] = await Promise.all([
    db
      .select({ day, state: syncRuns.state, runs: count(), copied: sql<number>`SUM(${syncRuns.copied})` })
      .from(syncRuns)
      .where(inPeriod)
      .groupBy(day, syncRuns.state),
    pairs()
      .having(sql`${avgDocsPerSec} IS NOT NULL`)
      .orderBy(avgDocsPerSec)
      .limit(5),
    pairs()
      .having(sql`${failedCount} > 0`)
      .orderBy(desc(failedCount))
      .limit(5),
    medianDocsPerSec(since),
  ]);
  const days = new Map(dayKeys(since, period).map((d) => [d, { day: d, completed: 0, failed: 0, cancelled: 0, other: 0, copied: 0 }]));
  for (const row of byDay) {
    const entry = days.get(row.day);
    if (!entry) continue;
    const key = (OUTCOMES as readonly string[]).includes(row.state) ? (row.state as (typeof OUTCOMES)[number]) : 'other';
    entry[key] += Number(row.runs);
    entry.copied += Number(row.copied ?? 0);
  }
  const list = [...days.values()];
  const completed = list.reduce((s, d) => s + d.completed, 0);
  const failed = list.reduce((s, d) => s + d.failed, 0);
  const toPair = (r: (typeof slowest)[number]): PairStats => {
    const runs = Number(r.runs);
    const f = Number(r.failed);
    return {
      pair: r.pair,
      runs,
      failed: f,
      failureRate: runs ? f / runs : 0,
      avgDocsPerSec: r.avgDocsPerSec === null ? null : Math.round(Number(r.avgDocsPerSec)),
      avgSeconds: r.avgSeconds === null ? null : Number(r.avgSeconds),
    };
  };
  return {
    days: list,
    totals: {
      runs: list.reduce((s, d) => s + d.completed + d.failed + d.cancelled + d.other, 0),
      completed,
      failed,
      copied: list.reduce((s, d) => s + d.copied, 0),
      failureRate: completed + failed ? failed / (completed + failed) : 0,
      medianDocsPerSec: median,
    },
    slowest: slowest.map(toPair),
    mostFailing: mostFailing.map(toPair),
  };
}
