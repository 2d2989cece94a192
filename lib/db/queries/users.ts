import { and, eq, isNotNull, or, type SQL } from 'drizzle-orm';
import { invalidateUserSessions } from '../../auth/live-session-cache';
import { mysqlErrorCode } from '../errors';
import { retireOutstandingTokens } from './auth-tokens';
import { db } from '../index';
import { users, type NewUser, type User } from '../schema';

/**
 * The account an identifier names. MySQL's collation also matches look-alikes (`sécxbrute2`, `ſecxbrute2` for
 * `secxbrute2`): `exact` is the account whose stored email or username equals the identifier code point for code
 * point (stored values are lower-case; callers pass identifiers in canonical form), `account` the one the
 * identifier resolves to either way — it carries the throttle, so look-alike guesses count against it.
 */
export async function resolveIdentifier(identifier: string): Promise<{ exact?: User; account?: User }> {
  const rows = await db
    .select()
    .from(users)
    .where(or(eq(users.email, identifier), eq(users.username, identifier)))
    .limit(2);
  const exact = rows.find((row) => row.email === identifier || row.username === identifier);
  return { exact, account: exact ?? rows[0] };
}

export async function findUserByEmail(email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return user;
}

export async function findUserById(id: number): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

/** Which of email/username already belong to another account (checked before insert for per-field messages). */
export async function takenIdentityFields(email: string, username: string): Promise<{ email: boolean; username: boolean }> {
  const rows = await db
    .select({ email: users.email, username: users.username })
    .from(users)
    .where(or(eq(users.email, email), eq(users.username, username)));
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return { email: rows.some((r) => same(r.email, email)), username: rows.some((r) => same(r.username, username)) };
}

/** A write refused by a unique index (an email or username taken between the check and the write). */
export function isDuplicateKey(error: unknown): boolean {
  return mysqlErrorCode(error) === 'ER_DUP_ENTRY';
}

export async function insertUser(user: NewUser): Promise<number> {
  const [{ id }] = await db.insert(users).values(user).$returningId();
  return id;
}

type UserChanges = Partial<
  Pick<
    User,
    | 'firstName'
    | 'lastName'
    | 'address'
    | 'profilePicture'
    | 'passwordHash'
    | 'role'
    | 'status'
    | 'email'
    | 'emailVerifiedAt'
    | 'analyticsCustomerId'
    | 'analyticsUsername'
  >
>;

/** What a caller decided on: the write happens only while the row still holds it (`verified`: some verification date). */
export type ExpectedState = Partial<Pick<User, 'email' | 'passwordHash' | 'status'>> & { verified?: true };

/** Changes of these fields end every emailed link the account still has (they were issued for the old state). */
const STATE_FIELDS = ['email', 'passwordHash', 'status', 'role'] as const;

function expectedConditions(id: number, expected: ExpectedState): SQL {
  const conditions: SQL[] = [eq(users.id, id)];
  if (expected.email !== undefined) conditions.push(eq(users.email, expected.email));
  if (expected.passwordHash !== undefined) conditions.push(eq(users.passwordHash, expected.passwordHash));
  if (expected.status !== undefined) conditions.push(eq(users.status, expected.status));
  if (expected.verified) conditions.push(isNotNull(users.emailVerifiedAt));
  return and(...conditions)!;
}

/**
 * Any change to the account, applied only while the row still matches `expected` (re-checked in the UPDATE itself,
 * never on a row read earlier); false when it no longer did. A change of email, password, status or role retires the
 * account's outstanding tokens in the same transaction. Live sessions re-read the row on their next request.
 */
export async function updateUser(id: number, changes: UserChanges, expected: ExpectedState = {}): Promise<boolean> {
  const endsTokens = STATE_FIELDS.some((field) => changes[field] !== undefined);
  const applied = await db.transaction(async (tx) => {
    const [result] = await tx.update(users).set(changes).where(expectedConditions(id, expected));
    if (result.affectedRows !== 1) return false;
    if (endsTokens) await retireOutstandingTokens(tx, id);
    return true;
  });
  if (applied) await invalidateUserSessions(id);
  return applied;
}

/** Only the sign-in time, which no session shows: cached sessions stay valid. */
export async function recordSignIn(id: number): Promise<void> {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id));
}

export function displayName(user: Pick<User, 'firstName' | 'lastName' | 'username'>): string {
  return `${user.firstName} ${user.lastName}`.trim() || user.username;
}

export type { User };
