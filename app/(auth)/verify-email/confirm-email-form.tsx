'use client';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { confirmEmailAction } from './actions';

export function ConfirmEmailForm({ token, email, username }: { token: string; email: string; username: string }) {
  const { state, action } = useFormAction(confirmEmailAction);
  return (
    <form action={action} className="space-y-4">
      <h1 className="text-xl font-semibold">Confirm your email address</h1>
      <FormMessage error={state.errors?.form ?? state.errors?.token} />
      <p className="text-sm text-slate-700" data-testid="confirm-email-question">
        Confirm that <strong className="break-all">{email}</strong> belongs to <strong>{username}</strong>.
      </p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Confirming…">Confirm</SubmitButton>
    </form>
  );
}
