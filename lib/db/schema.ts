/** Why: the one source of truth for the portal's relational data; drizzle-kit generates migrations from it. */
import { sql } from 'drizzle-orm';
import { bigint, datetime, index, int, json, mysqlEnum, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { ROLES } from '../auth/roles';

export const USER_STATUSES = ['active', 'disabled'] as const;

const createdNow = () => datetime('created_at', { mode: 'date', fsp: 3 }).notNull().default(sql`CURRENT_TIMESTAMP(3)`);

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
  updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull().default(sql`CURRENT_TIMESTAMP(3)`).$onUpdate(() => new Date()),
  lastLoginAt: datetime('last_login_at', { mode: 'date', fsp: 3 }),
});

export const sessions = mysqlTable('sessions', {
  id: varchar('id', { length: 36 }).primaryKey(),
  userId: int('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdNow(),
  lastSeenAt: datetime('last_seen_at', { mode: 'date', fsp: 3 }).notNull().default(sql`CURRENT_TIMESTAMP(3)`),
  expiresAt: datetime('expires_at', { mode: 'date', fsp: 3 }).notNull(),
  ip: varchar('ip', { length: 45 }),
  userAgent: varchar('user_agent', { length: 500 }),
  revokedAt: datetime('revoked_at', { mode: 'date', fsp: 3 }),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

export const auditEvents = mysqlTable('audit_events', {
  id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
  at: datetime('at', { mode: 'date', fsp: 3 }).notNull().default(sql`CURRENT_TIMESTAMP(3)`),
  actorUserId: int('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
  action: varchar('action', { length: 64 }).notNull(),
  target: varchar('target', { length: 255 }),
  ip: varchar('ip', { length: 45 }),
  detail: json('detail').$type<Record<string, unknown>>(),
}, (t) => [index('audit_at_idx').on(t.at), index('audit_actor_idx').on(t.actorUserId)]);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;

/** What a signed-in request knows about its user (no password hash) and session. */
export type SessionUser = Pick<User, 'id' | 'email' | 'username' | 'firstName' | 'lastName' | 'address' | 'profilePicture' | 'role' | 'status'>;
export type SessionState = Pick<Session, 'id' | 'expiresAt' | 'lastSeenAt' | 'revokedAt'>;
