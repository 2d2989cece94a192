'use server';
import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/action-wrapper/validated';
import { withUser } from '@/lib/action-wrapper/with-session';
import { passwordCheckThrottle } from '@/lib/auth/login-throttle';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { retryPhrase } from '@/lib/auth/throttle';
import { recordAudit } from '@/lib/db/queries/audit';
import { revokeOtherSessions } from '@/lib/db/queries/sessions';
import { displayName, findUserById, updateUser } from '@/lib/db/queries/users';
import { enqueueEmail } from '@/lib/mail/queue';
import { passwordChangedNoticeMessage } from '@/lib/mail/templates';
import { changePasswordSchema } from '@/lib/validation/auth';

export const changePasswordAction = withUser(
  ({ user }) => changePasswordSchema(user),
  async (data, { session: { user, session }, ip }): Promise<FormState> => {
    const throttleKey = `user:${user.id}`;
    const wait = await passwordCheckThrottle.consume(throttleKey);
    if (wait > 0) return { errors: { currentPassword: `Too many wrong current passwords. ${retryPhrase(wait)}` } };
    const stored = await findUserById(user.id);
    if (!stored || !(await verifyPassword(data.currentPassword, stored.passwordHash))) return { errors: { currentPassword: 'Current password is incorrect' } };
    await passwordCheckThrottle.clear(throttleKey);
    const changed = await updateUser(user.id, { passwordHash: await hashPassword(data.newPassword) }, { passwordHash: stored.passwordHash });
    if (!changed) return { errors: { form: 'Your password was changed elsewhere meanwhile. Please try again.' } };
    const revoked = await revokeOtherSessions(user.id, session.id);
    await recordAudit({
      action: 'auth.password_changed',
      actorUserId: user.id,
      target: `user:${user.id}`,
      ip,
      detail: { revokedSessions: revoked },
    });
    await enqueueEmail(stored.email, passwordChangedNoticeMessage(displayName(stored), 'others'));
    revalidatePath('/profile');
    return { message: revoked > 0 ? `Password changed. ${revoked} other session(s) were signed out.` : 'Password changed.' };
  },
);
