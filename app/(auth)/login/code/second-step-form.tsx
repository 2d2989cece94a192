'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SecondFactorField } from '@/components/ui/second-factor-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/action-wrapper/validated';
import { secondStepAction } from './actions';

export function SecondStepForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState<FormState, FormData>(secondStepAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">Two-factor sign-in</h1>
      <FormMessage error={state.errors?.form} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <SecondFactorField errors={state.errors ?? {}} hints />
      <SubmitButton pendingText="Checking…">Verify</SubmitButton>
      <p className="text-sm">
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          Start over
        </Link>
      </p>
    </form>
  );
}
