'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { withUser } from '@/lib/action-wrapper/with-session';
import { resendVerification } from '@/lib/accounts/verify-email';
import { clientInfo } from '@/lib/request-info';

export const resendVerificationAction = withUser(z.object({}), async (_data, _formData, { user }) => ({
  message: await resendVerification(user.id, clientInfo(await headers()).ip),
}));
