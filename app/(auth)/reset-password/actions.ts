'use server';
import { redirect } from 'next/navigation';
import { validatedAction, type FormState } from '@/lib/action-wrapper/validated';
import { completePasswordReset, userForPasswordToken, type PasswordTokenPurpose } from '@/lib/accounts/complete-password-reset';
import { newPasswordSchema } from '@/lib/validation/auth';
import { tokenInput } from '@/lib/validation/token';

const PAGE: Record<PasswordTokenPurpose, string> = { reset_password: '/reset-password', set_password: '/set-password' };
const DONE: Record<PasswordTokenPurpose, string> = { reset_password: 'password-reset', set_password: 'password-set' };

/** A link that stopped working (used meanwhile, expired) sends the user back to its page, which says why (a value not shaped like a token is not echoed). */
function backToLink(purpose: PasswordTokenPurpose, token: FormDataEntryValue | null): never {
  redirect(`${PAGE[purpose]}?token=${encodeURIComponent(tokenInput(token) ?? '')}`);
}

export async function newPasswordAction(previous: FormState, formData: FormData): Promise<FormState> {
  const purpose: PasswordTokenPurpose = formData.get('purpose') === 'set_password' ? 'set_password' : 'reset_password';
  const target = await userForPasswordToken(formData.get('token'), purpose);
  if (!target.ok) backToLink(purpose, formData.get('token'));
  const result = await validatedAction(newPasswordSchema(target.user), async ({ token, newPassword }, { ip }) => {
    const done = await completePasswordReset(token, purpose, newPassword, ip);
    if (!done.ok) backToLink(purpose, token);
    redirect(`/login?reason=${DONE[purpose]}`);
  })(previous, formData);
  return result;
}
