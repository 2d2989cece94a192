'use client';
import { useFormAction } from '@/components/ui/use-form-action';
import { resendVerificationAction } from '@/lib/accounts/resend-verification-action';
import { SubmitButton } from './ui/submit-button';

export function ResendVerificationForm() {
  const { state, action } = useFormAction(resendVerificationAction);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingText="Sending…">
        Resend verification email
      </SubmitButton>
      {state.message && (
        <span role="status" className="text-sm">
          {state.message}
        </span>
      )}
      {state.errors?.form && (
        <span role="alert" className="text-sm font-medium text-red-800">
          {state.errors.form}
        </span>
      )}
    </form>
  );
}
