'use server';
import { AuthError } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/action-wrapper/validated';
import { SERVICE_UNAVAILABLE_MESSAGE } from '@/lib/errors';
import { signIn } from '@/lib/auth';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { retryPhrase } from '@/lib/auth/throttle';
import { readSessionClaims } from '@/lib/auth/token';
import { signInSchema } from '@/lib/validation/auth';

const GENERIC_SIGN_IN_ERROR = 'Incorrect email, username or password.';

function refusalMessage(code: string): string {
  const split = code.indexOf(':');
  const [reason, detail] = split < 0 ? [code, ''] : [code.slice(0, split), code.slice(split + 1)];
  if (reason === 'rate_limited') return `Too many failed sign-ins. ${retryPhrase(Number(detail))}`;
  if (reason === 'disabled') return `This account has been disabled${detail ? `: ${detail}` : ''}. Contact an administrator.`;
  if (reason === 'unavailable') return SERVICE_UNAVAILABLE_MESSAGE;
  return GENERIC_SIGN_IN_ERROR;
}

export const signInAction = validatedAction(signInSchema, async ({ identifier, password, callbackUrl }) => {
  try {
    await signIn('credentials', { identifier, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === 'CredentialsSignin')
      return { errors: { form: refusalMessage((error as AuthError & { code?: string }).code ?? '') } };
    throw error;
  }
  // The session cookie signIn() just set already names the role: no second lookup of the user.
  const store = await cookies();
  const claims = await readSessionClaims((name) => store.get(name)?.value);
  redirect(claims ? safeCallbackUrl(callbackUrl, claims.role) : '/');
});
