import { recordAudit } from '../db/queries/audit';
import type { Role } from '../auth/roles';
import { changeAccess } from './access-change';
import type { Actor } from '../auth/actor';

export async function changeRole(actor: Actor, targetId: number, role: Role): Promise<string> {
  const { before, endedSessions } = await changeAccess(
    actor,
    targetId,
    { role },
    {
      self: 'You cannot change your own role; ask another admin.',
      unchanged: (target) => (target.role === role ? `${target.username} already has the role ${role}.` : null),
    },
  );
  await recordAudit({
    action: 'user.role_changed',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: { username: before.username, before: { role: before.role }, after: { role }, endedSessions },
  });
  return `${before.username} is now ${role}; their sessions were signed out.`;
}
