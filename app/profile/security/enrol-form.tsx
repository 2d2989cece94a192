'use client';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { confirmEnrolmentAction } from './actions';
import { RecoveryCodes } from './recovery-codes';
import type { RecoveryCodesState } from './recovery-codes-state';

export type EnrolmentView = { secret: string; qr: string; continueTo: string };

/** Scan (or type) the secret, then prove it with one code; the recovery codes follow once. */
export function EnrolForm({ enrolment }: { enrolment: EnrolmentView }) {
  const { state, action, errors } = useFormAction<RecoveryCodesState>(confirmEnrolmentAction);
  if (state.recoveryCodes)
    return (
      <div className="space-y-4">
        <FormMessage success={state.message} />
        <RecoveryCodes codes={state.recoveryCodes} />
        {/* A full navigation to the route that re-issues the session token (no longer owing 2FA), then home. */}
        <a href={enrolment.continueTo} className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          I saved my codes — continue
        </a>
      </div>
    );
  return (
    <form action={action} className="space-y-4" noValidate>
      <ol className="list-decimal space-y-3 pl-5 text-sm text-slate-700">
        <li>
          Scan this QR code with an authenticator app (any app for time-based codes).
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server */}
          <img src={enrolment.qr} alt="QR code of your two-factor secret" width={192} height={192} className="mt-2 rounded border border-slate-200" />
        </li>
        <li>
          Or type this key into the app:{' '}
          <code data-testid="totp-secret" className="break-all rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">
            {enrolment.secret}
          </code>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <FormMessage error={errors.form} />
      <Field label="Authentication code" name="code" inputMode="numeric" autoComplete="one-time-code" error={errors.code} required />
      <SubmitButton pendingText="Checking…">Turn on two-factor authentication</SubmitButton>
    </form>
  );
}
