'use server';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/action-wrapper/validated';
import { afterSignInPath } from '@/lib/auth/after-sign-in';
import { secondStepSchema } from '@/lib/validation/mfa';
import { attemptSignIn } from '../attempt-sign-in';
import { refusalMessage, splitRefusal } from '../refusal';

export const secondStepAction = validatedAction(secondStepSchema, async ({ callbackUrl, ...factor }) => {
  const refusal = await attemptSignIn(factor);
  if (refusal !== null) {
    const [reason] = splitRefusal(refusal);
    if (reason === 'expired') redirect('/login?reason=sign-in-expired');
    const field = factor.method === 'code' ? 'code' : 'recoveryCode';
    return reason === 'invalid_code' ? { errors: { [field]: refusalMessage(refusal) } } : { errors: { form: refusalMessage(refusal) } };
  }
  redirect(await afterSignInPath(callbackUrl));
});
