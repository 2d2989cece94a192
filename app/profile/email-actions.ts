'use server';
import { revalidatePath } from 'next/cache';
import { withUser } from '@/lib/action-wrapper/with-session';
import { changeEmail } from '@/lib/accounts/change-email';
import { changeEmailSchema } from '@/lib/validation/auth';

export const changeEmailAction = withUser(changeEmailSchema, async ({ email, emailChangePassword }, { session: { user }, ip }) => {
  const result = await changeEmail(user.id, email, emailChangePassword, ip);
  if (!result.ok) return { errors: result.errors };
  revalidatePath('/', 'layout');
  return { message: result.message };
});
