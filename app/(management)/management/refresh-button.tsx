'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/action-wrapper/validated';
import { refreshFiguresAction } from './refresh-action';

export function RefreshButton() {
  const [state, action] = useActionState<FormState, FormData>(refreshFiguresAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingText="Queueing…">
        Refresh figures
      </SubmitButton>
      <FormMessage error={state.errors?.form} success={state.message} />
    </form>
  );
}
