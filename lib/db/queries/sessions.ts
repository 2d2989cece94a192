import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2';
import { invalidateUserSessions } from '../../auth/live-session-cache';
import { db, pool } from '../index';
import { sessions, type Session, type SessionState, type SessionUser } from '../schema';

export async function createSession(input: { id: string; userId: number; expiresAt: Date; ip: string | null; userAgent: string | null }): Promise<void> {
  await db.insert(sessions).values(input);
}

// Runs on every authorized request, so it is one slim hand-written query: the ORM's row mapping doubled its CPU.
const SESSION_WITH_USER_SQL = `
  SELECT s.id AS sid, s.expires_at, s.last_seen_at, s.revoked_at,
         u.id, u.email, u.username, u.first_name, u.last_name, u.address, u.profile_picture, u.role, u.status,
         u.email_verified_at, u.analytics_customer_id, u.analytics_username, m.confirmed_at AS mfa_confirmed_at
  FROM sessions s JOIN users u ON u.id = s.user_id
  LEFT JOIN mfa_credentials m ON m.user_id = u.id
  WHERE s.id = ? AND s.user_id = ? LIMIT 1`;

/** The session and its user, whatever their state: the caller decides what makes it alive. */
export async function findSessionWithUser(sessionId: string, userId: number): Promise<{ session: SessionState; user: SessionUser } | undefined> {
  const [rows] = await pool.query<RowDataPacket[]>(SESSION_WITH_USER_SQL, [sessionId, userId]);
  const r = rows[0];
  if (!r) return undefined;
  return {
    session: { id: r.sid, expiresAt: r.expires_at, lastSeenAt: r.last_seen_at, revokedAt: r.revoked_at },
    user: {
      id: r.id,
      email: r.email,
      username: r.username,
      firstName: r.first_name,
      lastName: r.last_name,
      address: r.address,
      profilePicture: r.profile_picture,
      role: r.role,
      status: r.status,
      emailVerifiedAt: r.email_verified_at,
      analyticsCustomerId: r.analytics_customer_id,
      analyticsUsername: r.analytics_username,
      mfaEnabled: r.mfa_confirmed_at !== null,
    },
  };
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
  if (result.affectedRows > 0) await invalidateUserSessions(userId);
  return result.affectedRows > 0;
}

export async function revokeOtherSessions(userId: number, keepSessionId: string | null): Promise<number> {
  const [result] = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ...(keepSessionId ? [ne(sessions.id, keepSessionId)] : [])));
  if (result.affectedRows > 0) await invalidateUserSessions(userId);
  return result.affectedRows;
}
