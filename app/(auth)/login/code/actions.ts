'use server';
import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/action-wrapper/validated';
import { signIn } from '@/lib/auth';
import { afterSignInPath } from '@/lib/auth/after-sign-in';
import { secondStepSchema } from '@/lib/validation/mfa';
import { refusalMessage, splitRefusal } from '../refusal';

export const secondStepAction = validatedAction(secondStepSchema, async ({ callbackUrl, ...factor }) => {
  try {
    await signIn('credentials', { ...factor, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError && error.type === 'CredentialsSignin')) throw error;
    const code = (error as AuthError & { code?: string }).code ?? '';
    const [reason] = splitRefusal(code);
    if (reason === 'expired') redirect('/login?reason=sign-in-expired');
    const field = factor.method === 'code' ? 'code' : 'recoveryCode';
    return reason === 'invalid_code' ? { errors: { [field]: refusalMessage(code) } } : { errors: { form: refusalMessage(code) } };
  }
  redirect(await afterSignInPath(callbackUrl));
});
