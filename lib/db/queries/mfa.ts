import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { invalidateUserSessions } from '../../auth/live-session-cache';
import { db } from '../index';
import { knownDevices, mfaCredentials, mfaRecoveryCodes, users, type MfaCredential } from '../schema';

export async function findMfaCredential(userId: number): Promise<MfaCredential | undefined> {
  const [row] = await db.select().from(mfaCredentials).where(eq(mfaCredentials.userId, userId)).limit(1);
  return row;
}

/** Stores an unconfirmed secret unless the user already has a credential (pending or confirmed); returns the row. */
export async function insertPendingCredential(userId: number, secretEncrypted: string): Promise<MfaCredential> {
  await db
    .insert(mfaCredentials)
    .values({ userId, secretEncrypted })
    .onDuplicateKeyUpdate({ set: { userId: sql`user_id` } });
  return (await findMfaCredential(userId))!;
}

/** Turns a pending credential on with its first accepted step; false when it was not pending any more. */
export async function confirmCredential(userId: number, step: number): Promise<boolean> {
  const [result] = await db
    .update(mfaCredentials)
    .set({ confirmedAt: new Date(), lastUsedStep: step })
    .where(and(eq(mfaCredentials.userId, userId), isNull(mfaCredentials.confirmedAt)));
  if (result.affectedRows > 0) await invalidateUserSessions(userId);
  return result.affectedRows > 0;
}

/** Records `step` as used, only if it is newer than every step used before: a code works once. */
export async function claimStep(userId: number, step: number): Promise<boolean> {
  const [result] = await db
    .update(mfaCredentials)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(mfaCredentials.userId, userId),
        isNotNull(mfaCredentials.confirmedAt),
        or(isNull(mfaCredentials.lastUsedStep), lt(mfaCredentials.lastUsedStep, step)),
      ),
    );
  return result.affectedRows > 0;
}

/**
 * A confirmed credential with a known secret for a user just created (demo seed, tests): such a user has no
 * session to invalidate, and the CLI that seeds must not open a Redis connection that keeps it alive.
 */
export async function insertConfirmedCredential(userId: number, secretEncrypted: string): Promise<void> {
  await db.insert(mfaCredentials).values({ userId, secretEncrypted, confirmedAt: new Date() });
}

export async function replaceRecoveryCodes(userId: number, codeHashes: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
    await tx.insert(mfaRecoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
  });
}

/** Marks an unused code as used; false when no such unused code exists. */
export async function spendRecoveryCode(userId: number, codeHash: string): Promise<boolean> {
  const [result] = await db
    .update(mfaRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(mfaRecoveryCodes.userId, userId), eq(mfaRecoveryCodes.codeHash, codeHash), isNull(mfaRecoveryCodes.usedAt)));
  return result.affectedRows > 0;
}

export async function countUnusedRecoveryCodes(userId: number): Promise<number> {
  return db.$count(mfaRecoveryCodes, and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)));
}

/** Removes the credential and its recovery codes; false when the user had none. */
export async function deleteMfa(userId: number): Promise<boolean> {
  const removed = await db.transaction(async (tx) => {
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
    const [result] = await tx.delete(mfaCredentials).where(eq(mfaCredentials.userId, userId));
    return result.affectedRows > 0;
  });
  if (removed) await invalidateUserSessions(userId);
  return removed;
}

/** Remembers a browser for the account: 'new' the first time it is seen, 'first' when the account had none before. */
export async function recordDevice(userId: number, deviceHash: string): Promise<'known' | 'new' | 'first'> {
  const [result] = await db
    .insert(knownDevices)
    .values({ userId, deviceHash })
    .onDuplicateKeyUpdate({ set: { lastSeenAt: new Date() } });
  // MySQL counts an insert as 1 affected row and an update of an existing row as 2.
  if (result.affectedRows !== 1) return 'known';
  const total = await db.$count(knownDevices, eq(knownDevices.userId, userId));
  return total === 1 ? 'first' : 'new';
}

/** Whether the user is the only active admin (nobody else could reset their two-factor sign-in). */
export async function isLastActiveAdmin(userId: number): Promise<boolean> {
  const admins = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active')))
    .limit(2);
  return admins.length === 1 && admins[0].id === userId;
}
