'use server';
import { headers } from 'next/headers';
import { validatedAction } from '@/lib/action-wrapper/validated';
import { requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { clientInfo } from '@/lib/request-info';
import { forgotPasswordSchema } from '@/lib/validation/auth';

export const forgotPasswordAction = validatedAction(forgotPasswordSchema, async ({ email }) => ({
  message: await requestPasswordReset(email, clientInfo(await headers()).ip),
}));
