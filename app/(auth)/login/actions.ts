'use server';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/action-wrapper/validated';
import { afterSignInPath } from '@/lib/auth/after-sign-in';
import { signInSchema } from '@/lib/validation/auth';
import { attemptSignIn } from './attempt-sign-in';
import { refusalMessage, splitRefusal } from './refusal';

export const signInAction = validatedAction(signInSchema, async ({ identifier, password, callbackUrl }) => {
  const refusal = await attemptSignIn({ identifier, password });
  if (refusal !== null) {
    // The password was right and the account has 2FA: the provider set the pending-step cookie; ask for the code.
    if (splitRefusal(refusal)[0] === 'second_factor') redirect(`/login/code${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`);
    return { errors: { form: refusalMessage(refusal) } };
  }
  // The session cookie signIn() just set already names the role (and any 2FA enrolment owed): no second lookup.
  redirect(await afterSignInPath(callbackUrl));
});
