/** Why: staff two-factor state: TOTP credentials, recovery codes, and the devices an account has signed in from. */
import { sql } from 'drizzle-orm';
import { bigint, char, datetime, int, mysqlTable, primaryKey, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdNow } from './columns';
import { ownedByUser, users } from './users';

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
    userId: ownedByUser(),
    codeHash: char('code_hash', { length: 64 }).notNull(),
    usedAt: datetime('used_at', { mode: 'date', fsp: 3 }),
  },
  (t) => [uniqueIndex('mfa_recovery_codes_user_hash_idx').on(t.userId, t.codeHash)],
);

/** Browsers an account has signed in from (the SHA-256 of a long-lived device cookie): a new one is announced by email. */
export const knownDevices = mysqlTable(
  'known_devices',
  {
    userId: ownedByUser(),
    deviceHash: char('device_hash', { length: 64 }).notNull(),
    firstSeenAt: createdNow(),
    lastSeenAt: datetime('last_seen_at', { mode: 'date', fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`),
  },
  (t) => [primaryKey({ columns: [t.userId, t.deviceHash] })],
);

export type MfaCredential = typeof mfaCredentials.$inferSelect;
