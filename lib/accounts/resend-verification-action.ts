'use server';
import { z } from 'zod';
import { withUser } from '@/lib/action-wrapper/with-session';
import { resendVerification } from '@/lib/accounts/verify-email';

/** The verification banner's button: it carries no fields. */
export const resendVerificationAction = withUser(z.object({}), async (_data, { session, ip }) => ({
  message: await resendVerification(session.user.id, ip),
}));
