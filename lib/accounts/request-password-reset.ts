/**
 * Why: "Forgot password?" must not tell anyone whether an address has an account: the answer is the same
 * sentence, and an unknown address costs the same round trips (a token lookup and a queue call) as a known one.
 * Limited per requesting address and per email asked about, before looking anything up.
 */
import { randomBytes } from 'node:crypto';
import { findTokenByHash } from '../db/queries/auth-tokens';
import { recordAudit } from '../db/queries/audit';
import { displayName, findUserByEmail } from '../db/queries/users';
import { failFast } from '../queue/errors';
import { enqueueEmail, getEmailQueue } from '../mail/queue';
import { resetPasswordMessage } from '../mail/templates';
import { takeEmailPoint, waitMessage } from './email-rate-limit';
import { AppError } from '../errors';
import { hashToken, issueToken } from './tokens';

export const RESET_REQUESTED_MESSAGE = 'If an account uses that address, we sent it a link to choose a new password. The link works once, for 30 minutes.';

/** The same round trips as issuing a token and queueing a message, writing nothing. */
async function equalWork(): Promise<void> {
  await findTokenByHash(hashToken(randomBytes(32).toString('base64url')), 'reset_password');
  await failFast(async () => (await getEmailQueue().backend.client).runCommand('ping', []));
}

export async function requestPasswordReset(email: string, ip: string | null): Promise<string> {
  const wait = Math.max(await takeEmailPoint('reset-ip', ip ?? 'unknown'), await takeEmailPoint('reset-account', email));
  if (wait) throw new AppError('TOO_MANY_REQUESTS', waitMessage(wait));
  const user = await findUserByEmail(email);
  const eligible = user?.status === 'active';
  if (user && eligible) {
    const token = await issueToken(user.id, 'reset_password', user.email);
    await enqueueEmail(user.email, resetPasswordMessage(displayName(user), token));
  } else {
    await equalWork();
  }
  await recordAudit({
    action: 'auth.password_reset_requested',
    actorUserId: user?.id ?? null,
    target: user ? `user:${user.id}` : email.slice(0, 255),
    ip,
    detail: { accountFound: Boolean(user), sent: eligible },
  });
  return RESET_REQUESTED_MESSAGE;
}
