/** Why: who may sign in (users) and which sign-ins are alive (sessions); the DAL reads both on every request. */
import { sql } from 'drizzle-orm';
import { datetime, index, int, mysqlEnum, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { ROLES } from '../../auth/roles';
import { createdNow } from './columns';

export const USER_STATUSES = ['active', 'disabled'] as const;

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

/** The user a row belongs to: the row goes when the user does (sessions, emailed tokens, two-factor state). */
export const ownedByUser = () =>
  int('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

export const sessions = mysqlTable(
  'sessions',
  {
    id: varchar('id', { length: 36 }).primaryKey(),
    userId: ownedByUser(),
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

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;

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
