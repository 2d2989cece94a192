import { recordAudit } from '../db/queries/audit';
import { displayName, findUserById, isDuplicateKey, takenIdentityFields, updateUser } from '../db/queries/users';
import { verifyPassword } from '../auth/password';
import { enqueueEmail } from '../mail/queue';
import { emailChangedNoticeMessage } from '../mail/templates';
import { TAKEN_MESSAGES } from './create-account';
import { AppError } from '../errors';
import { sendVerificationEmail } from './verify-email';

export type ChangeEmailResult = { ok: true; message: string } | { ok: false; errors: Record<string, string> };

/** The new address must be verified again; the old one is told, so a hijacked session cannot move it silently. */
export async function changeEmail(userId: number, newEmail: string, currentPassword: string, ip: string | null): Promise<ChangeEmailResult> {
  const user = await findUserById(userId);
  if (!user) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  if (!(await verifyPassword(currentPassword, user.passwordHash))) return { ok: false, errors: { emailChangePassword: 'Password is incorrect' } };
  if (user.email === newEmail) return { ok: false, errors: { email: 'That is already your email address' } };
  if ((await takenIdentityFields(newEmail, '\u0000')).email) return { ok: false, errors: { email: TAKEN_MESSAGES.email } };
  try {
    await updateUser(userId, { email: newEmail, emailVerifiedAt: null });
  } catch (error) {
    if (isDuplicateKey(error)) return { ok: false, errors: { email: TAKEN_MESSAGES.email } };
    throw error;
  }
  await sendVerificationEmail({ ...user, email: newEmail }, ip);
  await enqueueEmail(user.email, emailChangedNoticeMessage(displayName(user), newEmail));
  await recordAudit({
    action: 'auth.email_changed',
    actorUserId: userId,
    target: `user:${userId}`,
    ip,
    detail: { before: { email: user.email }, after: { email: newEmail } },
  });
  return { ok: true, message: `Email changed. Open the link we sent to ${newEmail} to verify it.` };
}
