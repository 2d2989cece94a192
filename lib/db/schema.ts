/** Why: the one source of truth for the portal's relational data; drizzle-kit generates migrations from it. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  datetime,
  decimal,
  double,
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/mysql-core';
import { ROLES } from '../auth/roles';

export const USER_STATUSES = ['active', 'disabled'] as const;

const createdNow = () =>
  datetime('created_at', { mode: 'date', fsp: 3 })
    .notNull()
    .default(sql`CURRENT_TIMESTAMP(3)`);

export const users = mysqlTable('users', {
  id: int('id').autoincrement().primaryKey(),
  email: varchar('email', { length: 254 }).notNull().unique(),
  username: varchar('username', { length: 32 }).notNull().unique(),
  firstName: varchar('first_name', { length: 100 }).notNull(),
  lastName: varchar('last_name', { length: 100 }).notNull(),
  address: varchar('address', { length: 500 }).notNull().default(''),
  profilePicture: varchar('profile_picture', { length: 100 }),
  role: mysqlEnum('role', ROLES).notNull().default('customer'),
  status: mysqlEnum('status', USER_STATUSES).notNull().default('active'),
  passwordHash: varchar('password_hash', { length: 100 }).notNull(),
  createdAt: createdNow(),
  updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 })
    .notNull()
    .default(sql`CURRENT_TIMESTAMP(3)`)
    .$onUpdate(() => new Date()),
  lastLoginAt: datetime('last_login_at', { mode: 'date', fsp: 3 }),
  /** Null until the user follows a verification link (seeded and CLI-created accounts are verified at creation). */
  emailVerifiedAt: datetime('email_verified_at', { mode: 'date', fsp: 3 }),
  /** Shown to a disabled user at sign-in. */
  disabledReason: varchar('disabled_reason', { length: 500 }),
  /** The analytics customer this portal customer is linked to (its `_id` as Extended JSON text, and username). */
  analyticsCustomerId: varchar('analytics_customer_id', { length: 200 }),
  analyticsUsername: varchar('analytics_username', { length: 200 }),
});

export const sessions = mysqlTable(
  'sessions',
  {
    id: varchar('id', { length: 36 }).primaryKey(),
    userId: int('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdNow(),
    lastSeenAt: datetime('last_seen_at', { mode: 'date', fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`),
    expiresAt: datetime('expires_at', { mode: 'date', fsp: 3 }).notNull(),
    ip: varchar('ip', { length: 45 }),
    userAgent: varchar('user_agent', { length: 500 }),
    revokedAt: datetime('revoked_at', { mode: 'date', fsp: 3 }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const auditEvents = mysqlTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    at: datetime('at', { mode: 'date', fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`),
    actorUserId: int('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: varchar('action', { length: 64 }).notNull(),
    target: varchar('target', { length: 255 }),
    ip: varchar('ip', { length: 45 }),
    /** The request's id (proxy.ts), also on its log lines; null outside a request (CLI, worker). */
    requestId: varchar('request_id', { length: 36 }),
    detail: json('detail').$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_actor_idx').on(t.actorUserId)],
);

export const TOKEN_PURPOSES = ['verify_email', 'reset_password', 'set_password'] as const;

/** Single-use emailed tokens; only the SHA-256 of the token is stored. */
export const authTokens = mysqlTable(
  'auth_tokens',
  {
    id: int('id').autoincrement().primaryKey(),
    userId: int('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: mysqlEnum('purpose', TOKEN_PURPOSES).notNull(),
    tokenHash: char('token_hash', { length: 64 }).notNull(),
    /** The address the link was sent to: verifying proves ownership of this address, not of a later one. */
    email: varchar('email', { length: 254 }).notNull(),
    createdAt: createdNow(),
    expiresAt: datetime('expires_at', { mode: 'date', fsp: 3 }).notNull(),
    usedAt: datetime('used_at', { mode: 'date', fsp: 3 }),
  },
  (t) => [uniqueIndex('auth_tokens_hash_idx').on(t.tokenHash), index('auth_tokens_user_idx').on(t.userId, t.purpose)],
);

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

/** Precomputed management figures per period (FerretDB runs every $group in its own process: compute offline). */
export const analyticsRollups = mysqlTable('analytics_rollups', {
  period: varchar('period', { length: 16 }).primaryKey(),
  computedAt: datetime('computed_at', { mode: 'date', fsp: 3 }).notNull(),
  data: json('data').$type<Record<string, unknown>>().notNull(),
});

/** When each figure set derived from the built-in copies was last rebuilt (the customer pages show it as "as of"). */
export const analyticsCopies = mysqlTable('analytics_copies', {
  name: varchar('name', { length: 32 }).primaryKey(),
  copiedAt: datetime('copied_at', { mode: 'date', fsp: 3 }).notNull(),
});

/**
 * Every trade of the analytics `transactions` buckets, one row each, derived in SQL from the built-in copy: FerretDB v1
 * evaluates even an equality filter by scanning the whole collection (its indexes are not used), so the customer
 * pages read an account's trades here through (account_id, at) instead. Money stays the data's decimal strings.
 */
export const analyticsTrades = mysqlTable(
  'analytics_trades',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    accountId: int('account_id').notNull(),
    at: datetime('at', { mode: 'date', fsp: 3 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    symbol: varchar('symbol', { length: 32 }).notNull(),
    amount: int('amount').notNull(),
    price: varchar('price', { length: 64 }).notNull(),
    total: varchar('total', { length: 64 }).notNull(),
  },
  (t) => [index('analytics_trades_account_idx').on(t.accountId, t.at)],
);

/**
 * Per account, symbol, calendar month (UTC) and side: the count and exact sums of its trades, derived from
 * analytics_trades in the same derivation, so an account page's totals, months and holdings cost one indexed read
 * whatever the volume. DECIMAL(65,30) sums the data's decimal strings exactly (it has at most 17 decimals).
 */
export const analyticsTradeGroups = mysqlTable(
  'analytics_trade_groups',
  {
    accountId: int('account_id').notNull(),
    symbol: varchar('symbol', { length: 32 }).notNull(),
    month: char('month', { length: 7 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    trades: int('trades').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    total: decimal('total', { precision: 65, scale: 30 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.symbol, t.month, t.code] })],
);

/** The latest trade of each symbol in each account (equal times: the sell, then the last copied): its last price. */
export const analyticsLatestTrades = mysqlTable(
  'analytics_latest_trades',
  {
    accountId: int('account_id').notNull(),
    symbol: varchar('symbol', { length: 32 }).notNull(),
    price: varchar('price', { length: 64 }).notNull(),
    at: datetime('at', { mode: 'date', fsp: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.symbol] })],
);

/**
 * Each analytics account's limit and products, and which customer records list it (in their order), derived from
 * the built-in copies: the customer pages check ownership and show an account here by primary key instead of
 * two FerretDB table scans per page.
 */
export const analyticsAccounts = mysqlTable('analytics_accounts', {
  accountId: int('account_id').primaryKey(),
  limit: double('account_limit'),
  products: json('products').$type<string[]>().notNull(),
});

export const analyticsAccountOwners = mysqlTable(
  'analytics_account_owners',
  {
    customerId: varchar('customer_id', { length: 200 }).notNull(),
    accountId: int('account_id').notNull(),
    position: int('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.accountId] })],
);

/** Monotonic event counters the metrics route exports (sign-ins by outcome, emails sent or failed): one row per name + label. */
export const metricCounters = mysqlTable(
  'metric_counters',
  {
    name: varchar('name', { length: 64 }).notNull(),
    label: varchar('label', { length: 64 }).notNull(),
    value: bigint('value', { mode: 'number', unsigned: true }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.name, t.label] })],
);

/**
 * A user's TOTP credential: the secret encrypted with MFA_ENCRYPTION_KEY (lib/mfa/secret-box.ts). Unconfirmed while
 * enrolment waits for its first code; `last_used_step` is the newest accepted time step, so a code works once.
 */
export const mfaCredentials = mysqlTable('mfa_credentials', {
  userId: int('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEncrypted: varchar('secret_encrypted', { length: 255 }).notNull(),
  confirmedAt: datetime('confirmed_at', { mode: 'date', fsp: 3 }),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: createdNow(),
});

/** Single-use recovery codes; only their SHA-256 is stored. Regenerating deletes the old set. */
export const mfaRecoveryCodes = mysqlTable(
  'mfa_recovery_codes',
  {
    id: int('id').autoincrement().primaryKey(),
    userId: int('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: char('code_hash', { length: 64 }).notNull(),
    usedAt: datetime('used_at', { mode: 'date', fsp: 3 }),
  },
  (t) => [uniqueIndex('mfa_recovery_codes_user_hash_idx').on(t.userId, t.codeHash)],
);

/** Browsers an account has signed in from (the SHA-256 of a long-lived device cookie): a new one is announced by email. */
export const knownDevices = mysqlTable(
  'known_devices',
  {
    userId: int('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    deviceHash: char('device_hash', { length: 64 }).notNull(),
    firstSeenAt: createdNow(),
    lastSeenAt: datetime('last_seen_at', { mode: 'date', fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`),
  },
  (t) => [primaryKey({ columns: [t.userId, t.deviceHash] })],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type AuthToken = typeof authTokens.$inferSelect;
export type MfaCredential = typeof mfaCredentials.$inferSelect;
export type SyncRun = typeof syncRuns.$inferSelect;
export type NewSyncRun = typeof syncRuns.$inferInsert;
export type SyncSchedule = typeof syncSchedules.$inferSelect;
export type AnalyticsRollup = typeof analyticsRollups.$inferSelect;

/** What a signed-in request knows about its user (no password hash) and session, including the analytics link. */
export type SessionUser = Pick<
  User,
  | 'id'
  | 'email'
  | 'username'
  | 'firstName'
  | 'lastName'
  | 'address'
  | 'profilePicture'
  | 'role'
  | 'status'
  | 'emailVerifiedAt'
  | 'analyticsCustomerId'
  | 'analyticsUsername'
> & { mfaEnabled: boolean };
export type SessionState = Pick<Session, 'id' | 'expiresAt' | 'lastSeenAt' | 'revokedAt'>;
