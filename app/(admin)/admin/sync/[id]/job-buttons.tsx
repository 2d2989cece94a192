'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/actions/validated';
import type { JobOperation } from '@/lib/sync-ui/job-operations';
import { jobOperationAction } from './actions';

const BUTTONS: { operation: JobOperation; label: string; variant: 'primary' | 'secondary' | 'danger'; states: string[] }[] = [
  { operation: 'cancel', label: 'Cancel', variant: 'danger', states: ['waiting', 'active', 'delayed', 'prioritized'] },
  { operation: 'retry', label: 'Retry', variant: 'primary', states: ['failed', 'cancelled'] },
  { operation: 'run-again', label: 'Run again', variant: 'primary', states: ['completed'] },
  { operation: 'remove', label: 'Remove', variant: 'secondary', states: ['waiting', 'delayed', 'prioritized', 'completed', 'failed', 'cancelled'] },
];

/** The actions this state allows; the server checks the state again and explains any refusal. */
export function JobButtons({ jobId, state }: { jobId: string; state: string }) {
  const [result, action] = useActionState<FormState, FormData>(jobOperationAction, {});
  const removed = Boolean(result.message) && !result.id;
  return (
    <div className="space-y-3">
      <FormMessage error={result.errors?.form} success={result.message} />
      {result.id && result.id !== jobId && <Link href={`/admin/sync/${result.id}`} className="text-sm font-medium text-brand-700 hover:underline">Open job #{result.id}</Link>}
      {removed ? (
        <Link href="/admin/sync" className="text-sm font-medium text-brand-700 hover:underline">Back to all jobs</Link>
      ) : (
        <div className="flex flex-wrap gap-2">
          {BUTTONS.filter((b) => b.states.includes(state)).map((b) => (
            <form key={b.operation} action={action}>
              <input type="hidden" name="jobId" value={jobId} />
              <input type="hidden" name="operation" value={b.operation} />
              <SubmitButton variant={b.variant}>{b.label}</SubmitButton>
            </form>
          ))}
        </div>
      )}
    </div>
  );
}
