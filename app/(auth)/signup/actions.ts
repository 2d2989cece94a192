'use server';
import { validatedAction, type FormState } from '@/lib/action-wrapper/validated';
import { createAccount } from '@/lib/accounts/create-account';
import { sendVerificationEmail } from '@/lib/accounts/verify-email';
import { signIn } from '@/lib/auth';
import { addressKey, signUpAddressThrottle } from '@/lib/auth/login-throttle';
import { retryPhrase } from '@/lib/auth/throttle';
import { recordAudit } from '@/lib/db/queries/audit';
import { deletePicture, storePicture } from '@/lib/uploads';
import { pictureChecks } from '@/lib/uploads-check';
import { signUpSchema } from '@/lib/validation/auth';
import { log } from '@/lib/log';

export const signUpAction = validatedAction(
  signUpSchema,
  async (data, { ip, formData }): Promise<FormState | void> => {
    const wait = await signUpAddressThrottle.consume(addressKey(ip));
    if (wait > 0) return { errors: { form: `Too many accounts were created from your network. ${retryPhrase(wait)}` } };
    const picture = await storePicture(formData.get('profilePicture'));
    if (!picture.ok) return { errors: { profilePicture: picture.error } };
    const { confirmPassword: _confirm, ...account } = data;
    const result = await createAccount({ ...account, role: 'customer', profilePicture: picture.name });
    if (!result.ok) {
      await deletePicture(picture.name);
      return { errors: result.errors };
    }
    await recordAudit({ action: 'auth.signup', actorUserId: result.id, target: `user:${result.id}`, ip, detail: { username: data.username } });
    await sendVerificationEmail({ id: result.id, ...account }, ip).catch((error: unknown) =>
      log.error({ userId: result.id, err: error }, 'signup: verification email not queued'),
    );
    await signIn('credentials', { identifier: data.username, password: data.password, redirectTo: '/customer' });
  },
  pictureChecks,
);
