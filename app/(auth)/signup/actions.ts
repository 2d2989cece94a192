'use server';
import { headers } from 'next/headers';
import { validatedAction } from '@/lib/actions/validated';
import { createAccount } from '@/lib/accounts/create-account';
import { sendVerificationEmail } from '@/lib/accounts/verify-email';
import { signIn } from '@/lib/auth';
import { recordAudit } from '@/lib/db/queries/audit';
import { clientInfo } from '@/lib/request-info';
import { deletePicture, storePicture } from '@/lib/uploads';
import { signUpSchema } from '@/lib/validation/auth';

export const signUpAction = validatedAction(signUpSchema, async (data, formData) => {
  const picture = await storePicture(formData.get('profilePicture'));
  if (!picture.ok) return { errors: { profilePicture: picture.error } };
  const { confirmPassword: _confirm, ...account } = data;
  const result = await createAccount({ ...account, role: 'customer', profilePicture: picture.name });
  if (!result.ok) {
    await deletePicture(picture.name);
    return { errors: result.errors };
  }
  const { ip } = clientInfo(await headers());
  await recordAudit({ action: 'auth.signup', actorUserId: result.id, target: `user:${result.id}`, ip, detail: { username: data.username } });
  await sendVerificationEmail({ id: result.id, ...account }, ip).catch((error: unknown) => console.error('[signup] verification email not queued:', error));
  await signIn('credentials', { identifier: data.username, password: data.password, redirectTo: '/customer' });
});
