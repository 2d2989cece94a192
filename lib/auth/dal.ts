/**
 * Why: the real authorization check (the proxy is only optimistic). Every page, action and route calls one of
 * these: the JWT must name a session row that is not revoked or expired, whose user is active and still has the
 * role the token was issued for. A user whose role requires 2FA (MFA_REQUIRED_ROLES) and who has none is sent to
 * enrol before anything else opens: pages redirect to /profile/security, routes answer 403. Memoized per request with React's cache(); the row itself may come from the
 * pub/sub-invalidated cache in live-session-cache.ts.
 */
import 'server-only';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { findSessionWithUser, touchSession } from '../db/queries/sessions';
import { cachedLiveSession } from './live-session-cache';
import type { SessionState, SessionUser } from '../db/schema';
import { ENROL_PATH, mustEnrol } from '../mfa/policy';
import { may, refusalFor, type Operation } from './permissions';
import { mayOpenArea, type Area } from './roles';
import { readSessionClaims, SESSION_COOKIES, type SessionClaims } from './token';

export type CurrentSession = { user: SessionUser; session: SessionState };

const TOUCH_AFTER_MS = 60_000;

export async function loadLiveSession(claims: SessionClaims): Promise<CurrentSession | null> {
  const row = await cachedLiveSession(claims.userId, claims.sessionId, () => findSessionWithUser(claims.sessionId, claims.userId));
  if (!row) return null;
  const now = Date.now();
  if (row.session.revokedAt || row.session.expiresAt.getTime() <= now) return null;
  if (row.user.status !== 'active' || row.user.role !== claims.role) return null;
  if (now - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    row.session.lastSeenAt = new Date(now);
    void touchSession(row.session.id).catch(() => undefined);
  }
  return row;
}

export async function requestClaims(): Promise<SessionClaims | null> {
  const store = await cookies();
  return readSessionClaims((name) => store.get(name)?.value);
}

export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const claims = await requestClaims();
  return claims ? loadLiveSession(claims) : null;
});

/** Whether this request carries a session cookie at all (to tell "signed out" from "session ended"). */
export async function hasSessionCookie(): Promise<boolean> {
  const store = await cookies();
  return SESSION_COOKIES.some((name) => store.has(name));
}

export type Access = { ok: true; current: CurrentSession } | { ok: false; status: 401 | 403; enrol?: true };

/** The whole decision for one request: live session (401 otherwise), 2FA if required, the area's roles (403 otherwise). */
export async function checkAccess(claims: SessionClaims | null, area: Area | null): Promise<Access> {
  const current = claims ? await loadLiveSession(claims) : null;
  if (!current) return { ok: false, status: 401 };
  if (mustEnrol(current.user)) return { ok: false, status: 403, enrol: true };
  if (area && !mayOpenArea(current.user.role, area)) return { ok: false, status: 403 };
  return { ok: true, current };
}

/** A live session, even one that still has to enrol in 2FA: only the enrolment page and its actions use this. */
export async function requireSignedIn(): Promise<CurrentSession> {
  const current = await getCurrentSession();
  if (!current) redirect((await hasSessionCookie()) ? '/login?reason=session-ended' : '/login');
  return current;
}

export async function requireUser(): Promise<CurrentSession> {
  const current = await requireSignedIn();
  if (mustEnrol(current.user)) redirect(`${ENROL_PATH}?setup=required`);
  return current;
}

export async function requireRole(area: Area): Promise<CurrentSession> {
  const current = await requireUser();
  if (!mayOpenArea(current.user.role, area)) forbidden();
  return current;
}

/** For route handlers: the session, or the JSON error response to return (401 signed out, 403 wrong role). */
export async function guardRoute(area: Area | null): Promise<CurrentSession | Response> {
  const access = await checkAccess(await requestClaims(), area);
  if (access.ok) return access.current;
  const error =
    access.status === 401
      ? 'Sign in to continue'
      : access.enrol
        ? 'Set up two-factor authentication on your profile first'
        : 'Your account does not have access to this area';
  return Response.json({ error }, { status: access.status });
}

/** For pages and actions: the signed-in user, who must be allowed `operation` (403 page otherwise). */
export async function requirePermission(operation: Operation): Promise<CurrentSession> {
  const current = await requireUser();
  if (!may(current.user.role, operation)) forbidden();
  return current;
}

/** For route handlers: the session, or the JSON 401/403 to return when the user may not do `operation`. */
export async function guardPermission(operation: Operation): Promise<CurrentSession | Response> {
  const guard = await guardRoute(null);
  if (guard instanceof Response) return guard;
  if (!may(guard.user.role, operation)) return Response.json({ error: refusalFor(operation) }, { status: 403 });
  return guard;
}
