import { recordAudit } from '../db/queries/audit';
import { revokeOtherSessions, revokeSession } from '../db/queries/sessions';
import { findUserById } from '../db/queries/users';
import { AppError } from '../errors';
import type { Actor } from '../auth/actor';

/** Signs the user out of one session, or of all of them when `sessionId` is null. */
export async function revokeUserSessions(actor: Actor, targetId: number, sessionId: string | null): Promise<string> {
  if (actor.id === targetId) throw new AppError('FORBIDDEN', 'Manage your own sessions on your profile page.');
  const user = await findUserById(targetId);
  if (!user) throw new AppError('NOT_FOUND', 'That user does not exist (any more).');
  const count = sessionId ? Number(await revokeSession(targetId, sessionId)) : await revokeOtherSessions(targetId, null);
  if (count === 0) throw new AppError('CONFLICT', sessionId ? 'That session had already ended.' : `${user.username} has no active sessions.`);
  await recordAudit({
    action: 'user.sessions_revoked',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: { username: user.username, session: sessionId ?? 'all', count },
  });
  return sessionId ? `That session of ${user.username} was signed out.` : `${count} session(s) of ${user.username} were signed out.`;
}
