'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { withUser } from '@/lib/actions/with-session';
import { confirmEmail } from '@/lib/accounts/verify-email';
import { clientInfo } from '@/lib/request-info';
import { confirmEmailSchema } from '@/lib/validation/auth';
import { TOKEN_PROBLEMS } from '../token-problem';

export const confirmEmailAction = withUser(confirmEmailSchema, async ({ token }, _formData, { user }) => {
  const outcome = await confirmEmail(token, user.id, clientInfo(await headers()).ip);
  if (!outcome.ok) return { errors: { form: TOKEN_PROBLEMS[outcome.problem] } };
  redirect('/verify-email/confirmed');
});
