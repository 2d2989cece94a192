/**
 * Why: where a sign-in lands, once, for the password step and the code step alike: the enrolment page for staff
 * who still owe 2FA (the token the sign-in just set says so), else the safe callback URL or the role's home.
 */
import 'server-only';
import { ENROL_PATH } from '../mfa/policy';
import { safeCallbackUrl } from './callback-url';
import { requestClaims } from './dal';

export async function afterSignInPath(callbackUrl: unknown): Promise<string> {
  const claims = await requestClaims();
  if (!claims) return '/';
  return claims.enrol ? `${ENROL_PATH}?setup=required` : safeCallbackUrl(callbackUrl, claims.role);
}
