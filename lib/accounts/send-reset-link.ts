import { recordAudit } from '../db/queries/audit';
import { displayName, findUserById } from '../db/queries/users';
import { enqueueEmail } from '../mail/queue';
import { resetPasswordMessage } from '../mail/templates';
import { AppError } from '../errors';
import type { Actor } from '../auth/actor';
import { issueToken } from './tokens';

/** An admin helps someone locked out: the link goes to the user's own address, never to the admin. */
export async function sendResetLink(actor: Actor, targetId: number): Promise<string> {
  const user = await findUserById(targetId);
  if (!user) throw new AppError('NOT_FOUND', 'That user does not exist (any more).');
  if (user.status !== 'active') throw new AppError('CONFLICT', `${user.username} is disabled: enable the account first.`);
  const token = await issueToken(user.id, 'reset_password', user.email);
  await enqueueEmail(user.email, resetPasswordMessage(displayName(user), token));
  await recordAudit({
    action: 'user.password_reset_sent',
    actorUserId: actor.id,
    target: `user:${targetId}`,
    ip: actor.ip,
    detail: { username: user.username, email: user.email },
  });
  return `A password reset link was sent to ${user.email}; it works for 30 minutes.`;
}
