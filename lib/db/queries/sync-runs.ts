/**
 * Why: the sync run history (one row per job attempt) outlives Redis and BullMQ's trimming. The worker writes it
 * through lib/runs/lifecycle.ts; the jobs table, job pages and the technician console read it here, paged and
 * filtered in SQL.
 */
import { and, desc, eq, getTableColumns, gte, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { mysqlErrorCode, retryOnDeadlock } from '../errors';
import { db } from '../index';
import { SYNC_RUN_STATES, syncRuns, users, type NewSyncRun, type SyncRun } from '../schema';

export type RunState = SyncRun['state'];
export type RunRow = SyncRun & { username: string | null };

export const TERMINAL_RUN_STATES = ['completed', 'failed', 'cancelled', 'interrupted', 'skipped', 'lost'] as const satisfies readonly RunState[];
export const OPEN_RUN_STATES = ['queued', 'active'] as const satisfies readonly RunState[];

export function isRunState(value: unknown): value is RunState {
  return typeof value === 'string' && (SYNC_RUN_STATES as readonly string[]).includes(value);
}

/** A run queued by a user who no longer exists (deleted meanwhile) is kept without its user. */
export async function insertRun(run: NewSyncRun): Promise<number> {
  const insert = async (row: NewSyncRun) => (await retryOnDeadlock(() => db.insert(syncRuns).values(row).$returningId()))[0].id;
  try {
    return await insert(run);
  } catch (error) {
    if (mysqlErrorCode(error) !== 'ER_NO_REFERENCED_ROW_2' || run.queuedByUserId == null) throw error;
    return insert({ ...run, queuedByUserId: null });
  }
}

export async function updateRun(id: number, changes: Partial<Omit<SyncRun, 'id' | 'jobId' | 'createdAt'>>): Promise<void> {
  await retryOnDeadlock(() => db.update(syncRuns).set(changes).where(eq(syncRuns.id, id)));
}

export async function latestRunForJob(jobId: string): Promise<SyncRun | undefined> {
  const [row] = await db.select().from(syncRuns).where(eq(syncRuns.jobId, jobId)).orderBy(desc(syncRuns.id)).limit(1);
  return row;
}

const withUser = { ...getTableColumns(syncRuns), username: users.username };

export async function runsForJob(jobId: string): Promise<RunRow[]> {
  return await db
    .select(withUser)
    .from(syncRuns)
    .leftJoin(users, eq(users.id, syncRuns.queuedByUserId))
    .where(eq(syncRuns.jobId, jobId))
    .orderBy(desc(syncRuns.id));
}

/** Runs still open (queued or active) created before `before`: candidates for the "lost" reconcile. */
export async function openRunsBefore(before: Date): Promise<SyncRun[]> {
  return db
    .select()
    .from(syncRuns)
    .where(and(inArray(syncRuns.state, [...OPEN_RUN_STATES]), lt(syncRuns.createdAt, before)));
}

export type RunFilters = { state?: RunState; q?: string; who?: string; from?: Date; to?: Date; scheduleId?: number };

function whereOf(filters: RunFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.state) conditions.push(eq(syncRuns.state, filters.state));
  if (filters.q) {
    const text = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(like(syncRuns.sourceNs, text), like(syncRuns.targetNs, text))!);
  }
  if (filters.who) {
    const who = filters.who.trim();
    const origin = ['schedule', 'cli', 'retry', 'user'].includes(who) ? eq(syncRuns.origin, who as SyncRun['origin']) : undefined;
    conditions.push(origin ? or(origin, eq(users.username, who))! : eq(users.username, who));
  }
  if (filters.from) conditions.push(gte(syncRuns.createdAt, filters.from));
  if (filters.to) conditions.push(lt(syncRuns.createdAt, filters.to));
  if (filters.scheduleId !== undefined) conditions.push(eq(syncRuns.scheduleId, filters.scheduleId));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of runs, newest first, with the total matching the filters. */
export async function listRuns(filters: RunFilters, { offset, pageSize }: { offset: number; pageSize: number }): Promise<{ rows: RunRow[]; total: number }> {
  const where = whereOf(filters);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(withUser)
      .from(syncRuns)
      .leftJoin(users, eq(users.id, syncRuns.queuedByUserId))
      .where(where)
      .orderBy(desc(syncRuns.id))
      .limit(pageSize)
      .offset(offset),
    db
      .select({ total: sql<number>`count(*)` })
      .from(syncRuns)
      .leftJoin(users, eq(users.id, syncRuns.queuedByUserId))
      .where(where),
  ]);
  return { rows, total: Number(total) };
}

/** The latest run of each schedule (for the schedules list's "last run"). */
export async function lastRunPerSchedule(scheduleIds: number[]): Promise<Map<number, SyncRun>> {
  if (!scheduleIds.length) return new Map();
  const latest = db
    .select({ latestId: sql<number>`max(${syncRuns.id})`.as('latest_id') })
    .from(syncRuns)
    .where(inArray(syncRuns.scheduleId, scheduleIds))
    .groupBy(syncRuns.scheduleId)
    .as('latest');
  const rows = await db.select(getTableColumns(syncRuns)).from(syncRuns).innerJoin(latest, eq(latest.latestId, syncRuns.id));
  return new Map(rows.map((r) => [r.scheduleId!, r]));
}

/** Runs that ended badly (interrupted, lost, failed) since `since`, newest first: the technician console's list. */
export async function listTroubledRuns(since: Date, limit: number): Promise<RunRow[]> {
  return db
    .select({ ...getTableColumns(syncRuns), username: users.username })
    .from(syncRuns)
    .leftJoin(users, eq(users.id, syncRuns.queuedByUserId))
    .where(and(inArray(syncRuns.state, ['interrupted', 'lost', 'failed']), gte(syncRuns.createdAt, since)))
    .orderBy(desc(syncRuns.id))
    .limit(limit);
}
