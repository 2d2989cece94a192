'use server';
import { redirect } from 'next/navigation';
import { withUser } from '@/lib/action-wrapper/with-session';
import { confirmEmail } from '@/lib/accounts/verify-email';
import { confirmEmailSchema } from '@/lib/validation/auth';
import { TOKEN_PROBLEMS } from '../token-problem';

export const confirmEmailAction = withUser(confirmEmailSchema, async ({ token }, { session: { user }, ip }) => {
  const outcome = await confirmEmail(token, user.id, ip);
  if (!outcome.ok) return { errors: { form: TOKEN_PROBLEMS[outcome.problem] } };
  redirect('/verify-email/confirmed');
});
