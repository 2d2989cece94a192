'use client';
import Link from 'next/link';
import { useEffect, useId } from 'react';
import { jobOperationAction } from '@/lib/sync-jobs/job-operation-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormState } from '@/lib/action-wrapper/validated';
import { may } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import { allows, JOB_OPERATIONS, type JobOperation } from '@/lib/queue/states';
import { jobHref } from '@/lib/sync-jobs/job-href';

const LOOK: Record<JobOperation, { label: string; variant: 'primary' | 'secondary' | 'danger' }> = {
  cancel: { label: 'Cancel', variant: 'danger' },
  retry: { label: 'Retry', variant: 'primary' },
  'run-again': { label: 'Run again', variant: 'primary' },
  remove: { label: 'Remove', variant: 'secondary' },
};

/**
 * The operations this state allows and this role may do (lib/queue/states.ts, lib/auth/permissions.ts); the server
 * checks both again. `onResult` hands each outcome to a page that shows it elsewhere (a list whose row may vanish).
 */
export function JobButtons({
  jobId,
  state,
  role,
  compact = false,
  onResult,
}: {
  jobId: string;
  state: string;
  role: Role;
  compact?: boolean;
  onResult?: (result: FormState) => void;
}) {
  const { state: result, action } = useFormAction(jobOperationAction);
  const formId = useId();
  useEffect(() => {
    if (result.message || result.errors) onResult?.(result);
  }, [result, onResult]);
  const operations = JOB_OPERATIONS.filter((op) => allows(state, op) && may(role, `sync.${op}`));
  return (
    <div className="space-y-3">
      <FormMessage error={result.errors?.form} success={compact ? undefined : result.message} />
      {result.id && result.id !== jobId && (
        <Link href={jobHref(role, result.id)} className="text-sm font-medium text-brand-700 hover:underline">
          Open job #{result.id}
        </Link>
      )}
      <div className="flex flex-wrap gap-2">
        {operations.map((operation) =>
          operation === 'remove' ? (
            <form key={operation} id={`${formId}-remove`} action={action}>
              <input type="hidden" name="jobId" value={jobId} />
              <input type="hidden" name="operation" value="remove" />
              <ConfirmButton
                label="Remove"
                variant="secondary"
                title={`Remove job #${jobId}?`}
                body="The job, its logs and its checkpoint leave the queue. Its run history stays. This cannot be undone."
                confirmLabel="Remove job"
                form={`${formId}-remove`}
              />
            </form>
          ) : (
            <form key={operation} action={action}>
              <input type="hidden" name="jobId" value={jobId} />
              <input type="hidden" name="operation" value={operation} />
              <SubmitButton variant={LOOK[operation].variant}>
                {compact ? (
                  <>
                    {LOOK[operation].label}
                    <span className="sr-only"> job {jobId}</span>
                  </>
                ) : (
                  LOOK[operation].label
                )}
              </SubmitButton>
            </form>
          ),
        )}
      </div>
    </div>
  );
}
