'use client';
import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/actions/validated';
import { secondStepAction } from './actions';

export function SecondStepForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState<FormState, FormData>(secondStepAction, {});
  const [method, setMethod] = useState<'code' | 'recovery'>('code');
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">Two-factor sign-in</h1>
      <FormMessage error={errors.form} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <input type="hidden" name="method" value={method} />
      {method === 'code' ? (
        <Field
          label="Authentication code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          hint="The 6-digit code your authenticator app shows now."
          error={errors.code}
          required
          autoFocus
        />
      ) : (
        <Field
          label="Recovery code"
          name="recoveryCode"
          autoComplete="off"
          hint="One of the codes you saved when you set up 2FA; each works once."
          error={errors.recoveryCode}
          required
          autoFocus
        />
      )}
      <SubmitButton pendingText="Checking…">Verify</SubmitButton>
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <button type="button" className="font-medium text-brand-700 hover:underline" onClick={() => setMethod(method === 'code' ? 'recovery' : 'code')}>
          {method === 'code' ? 'Use a recovery code instead' : 'Use your authenticator app instead'}
        </button>
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          Start over
        </Link>
      </p>
    </form>
  );
}
