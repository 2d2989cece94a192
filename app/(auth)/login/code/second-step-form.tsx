'use client';
import Link from 'next/link';
import { FormMessage } from '@/components/ui/form-message';
import { SecondFactorField } from '@/components/ui/second-factor-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { secondStepAction } from './actions';

export function SecondStepForm({ callbackUrl }: { callbackUrl?: string }) {
  const { action, errors } = useFormAction(secondStepAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">Two-factor sign-in</h1>
      <FormMessage error={errors.form} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <SecondFactorField errors={errors} hints />
      <SubmitButton pendingText="Checking…">Verify</SubmitButton>
      <p className="text-sm">
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          Start over
        </Link>
      </p>
    </form>
  );
}
