'use client';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { changeEmailAction } from './email-actions';

export function EmailForm({ email, verified }: { email: string; verified: boolean }) {
  const { state, action, errors } = useFormAction(changeEmailAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={errors.form} success={state.message} />
      <p className="text-sm text-slate-700">
        Current address: <strong>{email}</strong>{' '}
        {verified ? (
          <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">Verified</span>
        ) : (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">Not verified</span>
        )}
      </p>
      <Field
        label="New email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        error={errors.email}
        hint="We send a verification link to the new address and a notice to the old one."
        required
      />
      <Field label="Your password" name="emailChangePassword" type="password" autoComplete="current-password" error={errors.emailChangePassword} required />
      <SubmitButton pendingText="Changing…">Change email</SubmitButton>
    </form>
  );
}
