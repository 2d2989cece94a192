/**
 * Why: one schema per two-factor boundary — the sign-in's second step (form and credentials provider alike), the
 * enrolment confirmation, new recovery codes and turning 2FA off.
 */
import { z } from 'zod';
import type { SecondFactor } from '../mfa/verify-second-factor';

const codeField = z
  .string()
  .transform((value) => value.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app'));

const recoveryCodeField = z.string().trim().min(1, 'Enter one of your recovery codes').max(40, 'A recovery code is 10 letters and digits, like abcde-23456');

export const secondFactorSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('code'), code: codeField }),
  z.object({ method: z.literal('recovery'), recoveryCode: recoveryCodeField }),
]);

export type SecondFactorInput = z.infer<typeof secondFactorSchema>;

export function toSecondFactor(input: SecondFactorInput): SecondFactor {
  return input.method === 'code' ? { code: input.code } : { recoveryCode: input.recoveryCode };
}

export const secondStepSchema = z.intersection(secondFactorSchema, z.object({ callbackUrl: z.string().max(2048).optional() }));

export const confirmEnrolmentSchema = z.object({ code: codeField });

export const disableMfaSchema = z.intersection(secondFactorSchema, z.object({ password: z.string().min(1, 'Enter your current password').max(1024) }));
