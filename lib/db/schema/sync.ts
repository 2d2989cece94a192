/** Why: what must outlive Redis about sync jobs: the run history and the schedules, with their state, origin and overlap values. */
import { sql } from 'drizzle-orm';
import { bigint, boolean, datetime, double, index, int, json, mysqlEnum, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdNow } from './columns';
import { users } from './users';

export const SYNC_RUN_STATES = ['queued', 'active', 'completed', 'failed', 'cancelled', 'interrupted', 'skipped', 'lost'] as const;
export const SYNC_RUN_ORIGINS = ['user', 'schedule', 'cli', 'retry'] as const;

/** One row per sync job attempt, written by the worker; outlives Redis and BullMQ's job trimming. */
export const syncRuns = mysqlTable(
  'sync_runs',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    jobId: varchar('job_id', { length: 100 }).notNull(),
    scheduleId: int('schedule_id'),
    spec: json('spec').$type<Record<string, unknown>>().notNull(),
    sourceNs: varchar('source_ns', { length: 255 }).notNull(),
    targetNs: varchar('target_ns', { length: 255 }).notNull(),
    mode: varchar('mode', { length: 16 }).notNull(),
    origin: mysqlEnum('origin', SYNC_RUN_ORIGINS).notNull(),
    queuedByUserId: int('queued_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    state: mysqlEnum('state', SYNC_RUN_STATES).notNull(),
    attempt: int('attempt').notNull().default(1),
    queuedAt: datetime('queued_at', { mode: 'date', fsp: 3 }),
    startedAt: datetime('started_at', { mode: 'date', fsp: 3 }),
    finishedAt: datetime('finished_at', { mode: 'date', fsp: 3 }),
    copied: bigint('copied', { mode: 'number' }).notNull().default(0),
    deleted: bigint('deleted', { mode: 'number' }).notNull().default(0),
    duplicates: bigint('duplicates', { mode: 'number' }).notNull().default(0),
    docsPerSec: double('docs_per_sec'),
    verification: json('verification').$type<Record<string, unknown>>(),
    error: varchar('error', { length: 2000 }),
    createdAt: createdNow(),
  },
  (t) => [
    index('sync_runs_job_idx').on(t.jobId, t.attempt),
    index('sync_runs_created_idx').on(t.createdAt),
    index('sync_runs_state_idx').on(t.state, t.createdAt),
    index('sync_runs_schedule_idx').on(t.scheduleId, t.createdAt),
  ],
);

export const OVERLAP_POLICIES = ['skip', 'queue'] as const;

/** Sync schedules: MySQL is the source of truth, reconciled into BullMQ job schedulers by the worker. */
export const syncSchedules = mysqlTable(
  'sync_schedules',
  {
    id: int('id').autoincrement().primaryKey(),
    name: varchar('name', { length: 100 }).notNull(),
    spec: json('spec').$type<Record<string, unknown>>().notNull(),
    /** Exactly one of cron (with timezone) or everyMs is set. */
    cron: varchar('cron', { length: 120 }),
    timezone: varchar('timezone', { length: 64 }).notNull().default('UTC'),
    everyMs: int('every_ms'),
    enabled: boolean('enabled').notNull().default(true),
    overlap: mysqlEnum('overlap', OVERLAP_POLICIES).notNull().default('skip'),
    /** Set on the schedules the portal itself needs (lib/schedules/built-in.ts): seeded in code, never deleted or renamed. */
    builtIn: varchar('built_in', { length: 32 }),
    createdByUserId: int('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdNow(),
    updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`)
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex('sync_schedules_name_idx').on(t.name), uniqueIndex('sync_schedules_built_in_idx').on(t.builtIn)],
);

export type SyncRun = typeof syncRuns.$inferSelect;
export type NewSyncRun = typeof syncRuns.$inferInsert;
export type SyncSchedule = typeof syncSchedules.$inferSelect;
