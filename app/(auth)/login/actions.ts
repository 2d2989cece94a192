'use server';
import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/action-wrapper/validated';
import { signIn } from '@/lib/auth';
import { afterSignInPath } from '@/lib/auth/after-sign-in';
import { signInSchema } from '@/lib/validation/auth';
import { refusalMessage, splitRefusal } from './refusal';

export const signInAction = validatedAction(signInSchema, async ({ identifier, password, callbackUrl }) => {
  try {
    await signIn('credentials', { identifier, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError && error.type === 'CredentialsSignin')) throw error;
    const code = (error as AuthError & { code?: string }).code ?? '';
    // The password was right and the account has 2FA: the provider set the pending-step cookie; ask for the code.
    if (splitRefusal(code)[0] === 'second_factor') redirect(`/login/code${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`);
    return { errors: { form: refusalMessage(code) } };
  }
  // The session cookie signIn() just set already names the role (and any 2FA enrolment owed): no second lookup.
  redirect(await afterSignInPath(callbackUrl));
});
