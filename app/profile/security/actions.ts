'use server';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { withSignedIn, withUser } from '@/lib/actions/with-session';
import { confirmEnrolment } from '@/lib/mfa/confirm-enrolment';
import { disableMfa } from '@/lib/mfa/disable-mfa';
import { regenerateRecoveryCodes } from '@/lib/mfa/regenerate-recovery-codes';
import { clientInfo } from '@/lib/request-info';
import { confirmEnrolmentSchema, disableMfaSchema, toSecondFactor } from '@/lib/validation/mfa';
import type { RecoveryCodesState } from './recovery-codes-state';

// The recovery codes travel back once, in the action's answer; the page itself never shows them again.
export const confirmEnrolmentAction = withSignedIn(confirmEnrolmentSchema, async ({ code }, _formData, { user }) => {
  const state: RecoveryCodesState = {
    message: 'Two-factor authentication is on.',
    recoveryCodes: await confirmEnrolment(user.id, code, clientInfo(await headers())),
  };
  return state;
});

export const regenerateCodesAction = withUser(confirmEnrolmentSchema, async ({ code }, _formData, { user }) => {
  const state: RecoveryCodesState = {
    message: 'New recovery codes: the old ones no longer work.',
    recoveryCodes: await regenerateRecoveryCodes(user.id, code, clientInfo(await headers())),
  };
  return state;
});

export const disableMfaAction = withUser(disableMfaSchema, async ({ password, ...factor }, _formData, { user }) => {
  await disableMfa(user.id, password, toSecondFactor(factor), clientInfo(await headers()));
  revalidatePath('/profile/security');
  return { message: 'Two-factor authentication is off.' };
});
