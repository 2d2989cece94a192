import { recordAudit } from '../db/queries/audit';
import { changeAccess } from './access-change';
import type { Actor } from '../auth/actor';

export async function disableUser(actor: Actor, targetId: number, reason: string): Promise<string> {
  const { before, endedSessions } = await changeAccess(
    actor,
    targetId,
    { status: 'disabled', disabledReason: reason },
    {
      self: 'You cannot disable your own account.',
      unchanged: (target) => (target.status === 'disabled' ? `${target.username} is already disabled.` : null),
    },
  );
  await recordAudit({
    action: 'user.disabled',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: { username: before.username, before: { status: before.status }, after: { status: 'disabled', reason }, endedSessions },
  });
  return `${before.username} is disabled and was signed out everywhere.`;
}

export async function enableUser(actor: Actor, targetId: number): Promise<string> {
  const { before } = await changeAccess(
    actor,
    targetId,
    { status: 'active', disabledReason: null },
    {
      self: 'You cannot enable or disable your own account.',
      unchanged: (target) => (target.status === 'active' ? `${target.username} is already active.` : null),
    },
  );
  await recordAudit({
    action: 'user.enabled',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: { username: before.username, before: { status: before.status, reason: before.disabledReason }, after: { status: 'active' } },
  });
  return `${before.username} may sign in again.`;
}
