/**
 * Why: "I saved my codes — continue" after enrolling in 2FA. The session token still says enrolment is owed (the
 * proxy would keep redirecting to enrolment), so this re-issues it — the claim is re-read from MySQL — and then
 * opens the user's home. A plain GET: it changes nothing but the token's view of what MySQL already says.
 */
import { redirect } from 'next/navigation';
import { refreshSessionToken } from '@/lib/auth';
import { getCurrentSession } from '@/lib/auth/dal';
import { homePath } from '@/lib/auth/roles';
import { ENROL_PATH, mustEnrol } from '@/lib/mfa/policy';

export async function GET(): Promise<never> {
  const current = await getCurrentSession();
  if (!current) redirect('/login');
  await refreshSessionToken({});
  redirect(mustEnrol(current.user) ? `${ENROL_PATH}?setup=required` : homePath(current.user.role));
}
