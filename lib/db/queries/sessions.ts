import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { db } from '../index';
import { sessions, users, type Session, type User } from '../schema';

export async function createSession(input: { id: string; userId: number; expiresAt: Date; ip: string | null; userAgent: string | null }): Promise<void> {
  await db.insert(sessions).values(input);
}

// Runs on every authorized request: built once, executed as a server-side prepared statement.
const sessionWithUser = db
  .select({ session: sessions, user: users })
  .from(sessions)
  .innerJoin(users, eq(users.id, sessions.userId))
  .where(and(eq(sessions.id, sql.placeholder('sessionId')), eq(sessions.userId, sql.placeholder('userId'))))
  .limit(1)
  .prepare();

/** The session and its user, whatever their state: the caller decides what makes it alive. */
export async function findSessionWithUser(sessionId: string, userId: number): Promise<{ session: Session; user: User } | undefined> {
  const [row] = await sessionWithUser.execute({ sessionId, userId });
  return row;
}

export async function touchSession(sessionId: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, sessionId));
}

export async function listActiveSessions(userId: number): Promise<Session[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Revokes one of the user's own sessions; false when it was not theirs or already revoked. */
export async function revokeSession(userId: number, sessionId: string): Promise<boolean> {
  const [result] = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  return result.affectedRows > 0;
}

export async function revokeOtherSessions(userId: number, keepSessionId: string | null): Promise<number> {
  const [result] = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ...(keepSessionId ? [ne(sessions.id, keepSessionId)] : [])));
  return result.affectedRows;
}
