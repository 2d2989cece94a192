/**
 * Why: a sign-in from a browser the account has not used before is announced by email (time, address, user agent,
 * a link to end the session). Browsers are told apart by a long-lived random cookie whose SHA-256 is stored per
 * account. An account's very first browser is only remembered: its owner is the one who just set it up.
 */
import { createHash } from 'node:crypto';
import { recordAudit } from '../db/queries/audit';
import { recordDevice } from '../db/queries/mfa';
import { displayName, type User } from '../db/queries/users';
import { enqueueEmail } from '../mail/queue';
import { newDeviceMessage } from '../mail/mfa-templates';
import type { ClientInfo } from '../request-info';

export const DEVICE_COOKIE = 'sp_device';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export async function noteSignInDevice(user: User, deviceId: string, client: ClientInfo, sessionId: string): Promise<void> {
  const seen = await recordDevice(user.id, createHash('sha256').update(deviceId).digest('hex'));
  if (seen !== 'new') return;
  await enqueueEmail(user.email, newDeviceMessage(displayName(user), new Date(), client.ip, client.userAgent));
  await recordAudit({
    action: 'auth.new_device',
    actorUserId: user.id,
    target: `session:${sessionId}`,
    ip: client.ip,
    detail: { userAgent: client.userAgent },
  });
}
