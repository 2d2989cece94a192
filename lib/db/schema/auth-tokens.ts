/** Why: the emailed single-use links (verify email, reset or set a password), stored only as hashes. */
import { char, datetime, index, int, mysqlEnum, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdNow } from './columns';
import { ownedByUser } from './users';

export const TOKEN_PURPOSES = ['verify_email', 'reset_password', 'set_password'] as const;

/** Single-use emailed tokens; only the SHA-256 of the token is stored. */
export const authTokens = mysqlTable(
  'auth_tokens',
  {
    id: int('id').autoincrement().primaryKey(),
    userId: ownedByUser(),
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

export type AuthToken = typeof authTokens.$inferSelect;
