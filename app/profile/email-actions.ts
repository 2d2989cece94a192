'use server';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { withUser } from '@/lib/action-wrapper/with-session';
import { changeEmail } from '@/lib/accounts/change-email';
import { clientInfo } from '@/lib/request-info';
import { changeEmailSchema } from '@/lib/validation/auth';

export const changeEmailAction = withUser(changeEmailSchema, async ({ email, emailChangePassword }, _formData, { user }) => {
  const result = await changeEmail(user.id, email, emailChangePassword, clientInfo(await headers()).ip);
  if (!result.ok) return { errors: result.errors };
  revalidatePath('/', 'layout');
  return { message: result.message };
});
