'use server';
import { headers } from 'next/headers';
import { signOut } from '@/lib/auth';
import { getCurrentSession } from '@/lib/auth/dal';
import { recordAudit } from '@/lib/db/queries/audit';
import { revokeSession } from '@/lib/db/queries/sessions';
import { clientInfo } from '@/lib/request-info';

export async function signOutAction(): Promise<void> {
  const current = await getCurrentSession().catch(() => null);
  if (current) {
    await revokeSession(current.user.id, current.session.id);
    await recordAudit({ action: 'auth.signout', actorUserId: current.user.id, target: `session:${current.session.id}`, ip: clientInfo(await headers()).ip });
  }
  await signOut({ redirectTo: '/login?reason=signed-out' });
}
