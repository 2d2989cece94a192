import { recordAudit } from '../db/queries/audit';
import { findUserById } from '../db/queries/users';
import { linkCustomerRecord, unlinkCustomerRecord } from '../analytics/linking';
import { AppError } from '../errors';
import type { Actor } from '../auth/actor';

async function targetUser(targetId: number) {
  const user = await findUserById(targetId);
  if (!user) throw new AppError('NOT_FOUND', 'That user does not exist (any more).');
  if (user.role !== 'customer') throw new AppError('CONFLICT', `${user.username} is not a customer: only customers are linked to analytics records.`);
  return user;
}

export async function linkCustomerAccount(actor: Actor, targetId: number, customerId: string): Promise<string> {
  const user = await targetUser(targetId);
  const record = await linkCustomerRecord(targetId, customerId);
  await recordAudit({
    action: 'user.customer_linked',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: { username: user.username, before: { customerId: user.analyticsCustomerId }, after: { customerId: record.id, customerUsername: record.username } },
  });
  return `${user.username} is linked to analytics customer ${record.username}.`;
}

export async function unlinkCustomerAccount(actor: Actor, targetId: number): Promise<string> {
  const user = await targetUser(targetId);
  if (!user.analyticsCustomerId) throw new AppError('CONFLICT', `${user.username} is not linked to an analytics customer.`);
  await unlinkCustomerRecord(targetId);
  await recordAudit({
    action: 'user.customer_unlinked',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: {
      username: user.username,
      before: { customerId: user.analyticsCustomerId, customerUsername: user.analyticsUsername },
      after: { customerId: null },
    },
  });
  return `${user.username} is no longer linked to an analytics customer.`;
}
