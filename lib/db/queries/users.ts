import { eq, or } from 'drizzle-orm';
import { invalidateUserSessions } from '../../auth/live-session-cache';
import { mysqlErrorCode } from '../errors';
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

/** Any change to the account: its live sessions are re-read from MySQL on their next request. */
export async function updateUser(
  id: number,
  changes: Partial<
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
  >,
): Promise<void> {
  await db.update(users).set(changes).where(eq(users.id, id));
  await invalidateUserSessions(id);
}

/** Only the sign-in time, which no session shows: cached sessions stay valid. */
export async function recordSignIn(id: number): Promise<void> {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id));
}

export function displayName(user: Pick<User, 'firstName' | 'lastName' | 'username'>): string {
  return `${user.firstName} ${user.lastName}`.trim() || user.username;
}

export type { User };
