'use client';
import Link from 'next/link';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { signInAction } from './actions';

export function LoginForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const { state, action, errors } = useFormAction(signInAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">Sign in</h1>
      {notice && !state.errors && <FormMessage success={notice} />}
      <FormMessage error={errors.form} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <Field label="Email or username" name="identifier" autoComplete="username" defaultValue={state.values?.identifier} error={errors.identifier} required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" error={errors.password} required />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          Forgot password?
        </Link>
      </p>
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      <p className="text-sm text-slate-600">
        New here?{' '}
        <Link href="/signup" className="font-medium text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
