'use client';
import Link from 'next/link';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { forgotPasswordAction } from './actions';

export function ForgotPasswordForm() {
  const { state, action, errors } = useFormAction(forgotPasswordAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">Forgot your password?</h1>
      <p className="text-sm text-slate-600">Type the email address of your account and we will send you a link to choose a new password.</p>
      <FormMessage error={errors.form} success={state.message} />
      <Field label="Email" name="email" type="email" autoComplete="email" defaultValue={state.values?.email} error={errors.email} required />
      <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
      <p className="text-sm text-slate-600">
        Remembered it?{' '}
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
