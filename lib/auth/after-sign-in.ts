/**
 * Why: where a sign-in lands, once, for the password step and the code step alike: the enrolment page for staff
 * who still owe 2FA (the token the sign-in just set says so), else the safe callback URL or the role's home.
 */
import 'server-only';
import { cookies } from 'next/headers';
import { ENROL_PATH } from '../mfa/policy';
import { safeCallbackUrl } from './callback-url';
import { readSessionClaims } from './token';

export async function afterSignInPath(callbackUrl: unknown): Promise<string> {
  const store = await cookies();
  const claims = await readSessionClaims((name) => store.get(name)?.value);
  if (!claims) return '/';
  return claims.enrol ? `${ENROL_PATH}?setup=required` : safeCallbackUrl(callbackUrl, claims.role);
}
