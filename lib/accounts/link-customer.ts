/** Why: an admin links or unlinks a customer's record by hand (support, imported records): audited, and the customer is told. */
import { setAnalyticsLink } from '../db/queries/analytics-links';
import { recordAudit } from '../db/queries/audit';
import { displayName, findUserById } from '../db/queries/users';
import { findCustomerById } from '../analytics/linking';
import { enqueueEmail } from '../mail/queue';
import { customerLinkedMessage } from '../mail/templates';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';

async function targetUser(targetId: number) {
  const user = await findUserById(targetId);
  if (!user) throw new AppError('NOT_FOUND', 'That user does not exist (any more).');
  if (user.role !== 'customer') throw new AppError('CONFLICT', `${user.username} is not a customer: only customers are linked to analytics records.`);
  return user;
}

export async function linkCustomerAccount(actor: Actor, targetId: number, customerId: string): Promise<string> {
  const user = await targetUser(targetId);
  const record = await findCustomerById(customerId);
  if (!record) throw new AppError('NOT_FOUND', 'No analytics customer record has this id.');
  await setAnalyticsLink(targetId, { customerId: record.id, username: record.username });
  await recordAudit({
    action: 'user.customer_linked',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: { username: user.username, before: { customerId: user.analyticsCustomerId }, after: { customerId: record.id, customerUsername: record.username } },
  });
  await enqueueEmail(user.email, customerLinkedMessage(displayName(user), record.username));
  return `${user.username} is linked to analytics customer ${record.username}; they were told by email.`;
}

export async function unlinkCustomerAccount(actor: Actor, targetId: number): Promise<string> {
  const user = await targetUser(targetId);
  if (!user.analyticsCustomerId) throw new AppError('CONFLICT', `${user.username} is not linked to an analytics customer.`);
  await setAnalyticsLink(targetId, null);
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
