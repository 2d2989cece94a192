'use server';
import { revalidatePath } from 'next/cache';
import { withSignedIn, withUser } from '@/lib/action-wrapper/with-session';
import { confirmEnrolment } from '@/lib/mfa/confirm-enrolment';
import { disableMfa } from '@/lib/mfa/disable-mfa';
import { regenerateRecoveryCodes } from '@/lib/mfa/regenerate-recovery-codes';
import { confirmEnrolmentSchema, disableMfaSchema, toSecondFactor } from '@/lib/validation/mfa';
import type { RecoveryCodesState } from './recovery-codes-state';

// The recovery codes travel back once, in the action's answer; the page itself never shows them again.
export const confirmEnrolmentAction = withSignedIn(confirmEnrolmentSchema, async ({ code }, { session: { user }, ip }) => {
  const state: RecoveryCodesState = {
    message: 'Two-factor authentication is on.',
    recoveryCodes: await confirmEnrolment(user.id, code, { ip, userAgent: null }),
  };
  return state;
});

export const regenerateCodesAction = withUser(confirmEnrolmentSchema, async ({ code }, { session: { user }, ip }) => {
  const state: RecoveryCodesState = {
    message: 'New recovery codes: the old ones no longer work.',
    recoveryCodes: await regenerateRecoveryCodes(user.id, code, { ip, userAgent: null }),
  };
  return state;
});

export const disableMfaAction = withUser(disableMfaSchema, async ({ password, ...factor }, { session: { user }, ip }) => {
  await disableMfa(user.id, password, toSecondFactor(factor), { ip, userAgent: null });
  revalidatePath('/profile/security');
  return { message: 'Two-factor authentication is off.' };
});
