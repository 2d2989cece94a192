'use server';
import { validatedAction } from '@/lib/action-wrapper/validated';
import { requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { forgotPasswordSchema } from '@/lib/validation/auth';

export const forgotPasswordAction = validatedAction(forgotPasswordSchema, async ({ email }, { ip }) => ({
  message: await requestPasswordReset(email, ip),
}));
