'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withUser } from '@/lib/action-wrapper/with-session';
import { recordAudit } from '@/lib/db/queries/audit';
import { revokeOtherSessions, revokeSession } from '@/lib/db/queries/sessions';

export const revokeSessionAction = withUser(z.object({ sessionId: z.uuid('Unknown session') }), async ({ sessionId }, { session: { user, session }, ip }) => {
  if (sessionId === session.id) return { errors: { form: 'Use "Sign out" to end the session you are using.' } };
  if (!(await revokeSession(user.id, sessionId))) return { errors: { form: 'That session was already signed out.' } };
  await recordAudit({ action: 'session.revoked', actorUserId: user.id, target: `session:${sessionId}`, ip });
  revalidatePath('/profile');
  return { message: 'Session signed out.' };
});

export const revokeOtherSessionsAction = withUser(z.object({}), async (_data, { session: { user, session }, ip }) => {
  const count = await revokeOtherSessions(user.id, session.id);
  await recordAudit({
    action: 'session.revoked_others',
    actorUserId: user.id,
    target: `user:${user.id}`,
    ip,
    detail: { count },
  });
  revalidatePath('/profile');
  return { message: count > 0 ? `${count} other session(s) signed out.` : 'No other sessions were active.' };
});
