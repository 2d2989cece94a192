import type { Actor } from '../auth/actor';
import { recordAudit } from '../db/queries/audit';
import { deleteMfa } from '../db/queries/mfa';
import { revokeOtherSessions } from '../db/queries/sessions';
import { displayName, findUserById } from '../db/queries/users';
import { enqueueEmail } from '../mail/queue';
import { mfaResetMessage } from '../mail/mfa-templates';
import { AppError } from '../errors';

/**
 * An admin removes another user's 2FA (a lost phone): the user is told by email, every session of theirs ends, and
 * they enrol again at their next sign-in if their role requires it. The admin never sees or sets the secret.
 */
export async function resetMfa(actor: Actor, targetId: number): Promise<string> {
  if (actor.id === targetId) throw new AppError('FORBIDDEN', 'Manage your own two-factor authentication on your profile page.');
  const target = await findUserById(targetId);
  if (!target) throw new AppError('NOT_FOUND', 'That user does not exist (any more).');
  if (!(await deleteMfa(targetId))) throw new AppError('CONFLICT', `${target.username} has no two-factor authentication to reset.`);
  const sessionsEnded = await revokeOtherSessions(targetId, null);
  await enqueueEmail(target.email, mfaResetMessage(displayName(target)));
  await recordAudit({
    action: 'mfa.reset',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: { username: target.username, sessionsEnded },
  });
  return `Two-factor authentication of ${target.username} was reset and their sessions were signed out.`;
}
