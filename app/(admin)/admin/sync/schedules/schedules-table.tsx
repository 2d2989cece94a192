'use client';
import Link from 'next/link';
import { When } from '@/components/when';
import { useId } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { DataTable } from '@/components/ui/data-table';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ScheduleView } from '@/lib/schedules/list';
import { StateBadge } from '@/components/sync/state-badge';
import { jobLabel } from '@/lib/sync-jobs/job-label';
import { formatNamespace } from '@/lib/validation/namespace';
import { scheduleOperationAction } from './actions';

function Operation({
  id,
  operation,
  label,
  name,
  variant = 'secondary',
  action,
}: {
  id: number;
  operation: string;
  label: string;
  name: string;
  variant?: 'primary' | 'secondary';
  action: (form: FormData) => void;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="scheduleId" value={id} />
      <input type="hidden" name="operation" value={operation} />
      <SubmitButton variant={variant}>
        {label}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}

function Actions({ schedule, action }: { schedule: ScheduleView; action: (form: FormData) => void }) {
  const formId = `${useId()}-delete`;
  return (
    // Two by two: the four actions fit beside the other columns at 1280 px instead of running off the table.
    <div className="grid w-max grid-cols-2 gap-2 [&_a]:text-center [&_button]:w-full [&_button]:whitespace-nowrap">
      <Link
        href={`/admin/sync/schedules/${schedule.id}`}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-50"
      >
        Edit<span className="sr-only"> {schedule.name}</span>
      </Link>
      <Operation id={schedule.id} name={schedule.name} operation="run-now" label="Run now" variant="primary" action={action} />
      <Operation
        id={schedule.id}
        name={schedule.name}
        operation={schedule.enabled ? 'pause' : 'resume'}
        label={schedule.enabled ? 'Pause' : 'Resume'}
        action={action}
      />
      {/* A built-in schedule can be paused, not deleted (the server refuses it too). */}
      {!schedule.builtIn && (
        <form id={formId} action={action}>
          <input type="hidden" name="scheduleId" value={schedule.id} />
          <input type="hidden" name="operation" value="delete" />
          <ConfirmButton
            label="Delete"
            title={`Delete the schedule “${schedule.name}”?`}
            body="It stops firing at once. Runs it already made stay in the history. This cannot be undone."
            confirmLabel="Delete schedule"
            form={formId}
          />
        </form>
      )}
    </div>
  );
}

export function SchedulesTable({ schedules }: { schedules: ScheduleView[] }) {
  const { state, action } = useFormAction(scheduleOperationAction);
  return (
    <div className="space-y-3">
      <FormMessage error={state.errors?.form} success={state.message} />
      {state.id && (
        <p className="text-sm">
          <Link href={`/admin/sync/${state.id}`} className="font-medium text-brand-700 hover:underline">
            Open job #{state.id}
          </Link>
        </p>
      )}
      <DataTable
        caption="Sync schedules"
        rows={schedules}
        rowKey={(s) => s.id}
        empty={
          <>
            No schedules yet.{' '}
            <Link href="/admin/sync/schedules/new" className="font-medium text-brand-700 hover:underline">
              Create one
            </Link>{' '}
            to copy a collection at regular intervals.
          </>
        }
        columns={[
          {
            header: 'Name',
            cell: (s) => (
              <>
                <span data-testid={`schedule-${s.name}`} className="font-medium">
                  {s.name}
                </span>
                {s.builtIn && <span className="block text-xs text-slate-600">Built in: keeps the customer pages&apos; copy fresh</span>}
              </>
            ),
          },
          {
            header: 'Source → target',
            cell: (s) => (
              <span className="block break-all font-mono text-xs">
                {formatNamespace(s.spec.source)} → {formatNamespace(s.spec.target)}
                <span className="block font-sans text-slate-500">{s.spec.mode}</span>
              </span>
            ),
          },
          { header: 'When', cell: (s) => <span data-testid="schedule-words">{s.inWords}</span> },
          {
            header: 'Next run',
            className: 'whitespace-nowrap',
            cell: (s) => <span data-testid="schedule-next">{s.enabled ? <When at={s.nextRunAt} /> : 'paused'}</span>,
          },
          {
            header: 'Last run',
            className: 'hidden md:table-cell',
            cell: (s) =>
              s.lastRun ? (
                <span className="block min-w-36 space-y-1">
                  <Link href={`/admin/sync/${encodeURIComponent(s.lastRun.jobId)}`} className="text-brand-700 hover:underline">
                    {jobLabel(s.lastRun.jobId, s.name)}
                  </Link>{' '}
                  <StateBadge state={s.lastRun.state} />
                </span>
              ) : (
                'never'
              ),
          },
          {
            header: 'Enabled',
            cell: (s) => (
              <span
                data-testid="schedule-enabled"
                className={`rounded px-2 py-0.5 text-xs font-semibold ${s.enabled ? 'bg-emerald-100 text-emerald-800' : 'bg-zinc-200 text-zinc-800'}`}
              >
                {s.enabled ? 'enabled' : 'paused'}
              </span>
            ),
          },
          { header: 'Actions', cell: (s) => <Actions schedule={s} action={action} /> },
        ]}
      />
    </div>
  );
}
