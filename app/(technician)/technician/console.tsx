'use client';
import Link from 'next/link';
import { When } from '@/components/when';
import { useState } from 'react';
import { JobButtons } from '@/components/sync/job-buttons';
import { JobProgress } from '@/components/sync/job-progress';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { FormMessage } from '@/components/ui/form-message';
import { usePolledJson } from '@/components/use-polled-json';
import type { FormState } from '@/lib/action-wrapper/validated';
import type { Role } from '@/lib/auth/roles';
import type { SyncJobView } from '@/lib/queue/types';
import type { ConsoleSnapshot } from '@/lib/health/console-snapshot';
import { count, percentOf } from '@/components/sync/format';
import { StateBadge } from '@/components/sync/state-badge';
import { jobHref } from '@/lib/sync-jobs/job-href';
import { jobLabel, scheduleNameOf } from '@/lib/sync-jobs/job-label';
import { formatNamespace } from '@/lib/validation/namespace';

const REFRESH_MS = 3_000;

function ago(ms: number | null, now: number): string {
  if (ms === null) return '—';
  const s = Math.max(0, Math.round((now - ms) / 1000));
  return s < 60 ? `${s} s ago` : s < 3600 ? `${Math.floor(s / 60)} min ago` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min ago`;
}

function Badge({ state }: { state: string }) {
  return <StateBadge state={state} testId="job-state" />;
}

function Unavailable({ what }: { what: string }) {
  return (
    <p role="status" className="text-sm text-amber-700">
      {what} cannot be read right now (the store is down); this panel recovers by itself.
    </p>
  );
}

function pair(job: SyncJobView) {
  return (
    <span className="break-all font-mono text-xs">
      {formatNamespace(job.spec.source)} → {formatNamespace(job.spec.target)}
    </span>
  );
}

/** The job's link (its read-only page) with its state beneath: one narrow column on a phone. */
function JobCell({ job, role, testId }: { job: SyncJobView; role: Role; testId: string }) {
  return (
    <span className="flex flex-col items-start gap-1">
      <Link href={jobHref(role, job.id)} data-testid={testId} className="font-medium text-brand-700 hover:underline">
        {jobLabel(job.id, scheduleNameOf(job.queuedBy))}
      </Link>
      <Badge state={job.state} />
    </span>
  );
}

export function TechnicianConsole({ initial, role }: { initial: ConsoleSnapshot; role: Role }) {
  const { data, error } = usePolledJson<ConsoleSnapshot>('/api/technician/console', initial, REFRESH_MS);
  const { services, queue, attention, running, troubled, at } = data;
  const [feedback, setFeedback] = useState<FormState>({});
  const buttons = (j: SyncJobView) => <JobButtons jobId={j.id} state={j.state} role={role} compact onResult={setFeedback} />;
  return (
    <div className="space-y-6">
      <p role="status" className="text-sm text-slate-600">
        Updates every {REFRESH_MS / 1000} s · last update <When at={at} />
        {error && <span className="ml-2 text-amber-700">{error}</span>}
      </p>
      <div data-testid="console-feedback" aria-live="polite">
        <FormMessage error={feedback.errors?.form} success={feedback.message} />
      </div>
      <Card title="Services">
        <DataTable
          caption="Services"
          rows={services}
          rowKey={(s) => s.name}
          empty="No services."
          columns={[
            { header: 'Service', cell: (s) => s.label },
            {
              header: 'Status',
              cell: (s) => (
                <span
                  data-testid={`service-${s.name}`}
                  className={`rounded px-2 py-0.5 text-xs font-semibold ${s.status === 'ok' ? 'bg-emerald-100 text-emerald-800' : 'bg-red-100 text-red-800'}`}
                >
                  {s.status === 'ok' ? 'up' : 'down'}
                </span>
              ),
            },
            { header: 'Latency', numeric: true, cell: (s) => `${s.latencyMs} ms` },
            { header: 'Version', className: 'hidden sm:table-cell', cell: (s) => s.version ?? s.error ?? '—' },
          ]}
        />
      </Card>
      <Card title="Queue">
        {queue ? (
          <div className="space-y-4">
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
              {(
                [
                  ['Waiting', queue.counts.waiting],
                  ['Active', queue.counts.active],
                  ['Delayed', queue.counts.delayed],
                  ['Failed', queue.counts.failed],
                  ['Schedules', queue.schedulers],
                ] as const
              ).map(([label, n]) => (
                <div key={label} className="rounded-lg border border-slate-200 p-3">
                  <dt className="text-xs uppercase text-slate-600">{label}</dt>
                  <dd data-testid={`queue-${label.toLowerCase()}`} className="text-xl font-semibold tabular-nums">
                    {count(n)}
                  </dd>
                </div>
              ))}
              <div className="rounded-lg border border-slate-200 p-3">
                <dt className="text-xs uppercase text-slate-600">Oldest waiting</dt>
                <dd className="text-sm font-semibold">{queue.oldestWaitingSince ? ago(queue.oldestWaitingSince, at) : 'none waiting'}</dd>
              </div>
            </dl>
            <DataTable
              caption="Workers online"
              captionVisible
              rows={queue.workers}
              rowKey={(w) => `${w.addr}-${w.name}`}
              empty={<span className="text-red-700">No worker is connected: queued jobs will not run. Start one with npm run worker.</span>}
              columns={[
                { header: 'Worker', cell: (w) => <span className="break-all font-mono text-xs">{w.name || w.addr}</span> },
                { header: 'Address', className: 'hidden sm:table-cell', cell: (w) => w.addr },
                { header: 'Connected for', className: 'hidden md:table-cell', cell: (w) => ago(at - w.ageSeconds * 1000, at).replace(' ago', '') },
                { header: 'Last heartbeat', cell: (w) => ago(w.lastSeenAt, at) },
              ]}
            />
          </div>
        ) : (
          <Unavailable what="Queue health" />
        )}
      </Card>
      <Card title="Failed and cancelled jobs">
        {attention ? (
          <DataTable
            caption="Failed and cancelled jobs"
            rows={attention}
            rowKey={(j) => j.id}
            empty="Nothing has failed."
            columns={[
              { header: 'Job', cell: (j) => <JobCell job={j} role={role} testId={`attention-${j.id}`} /> },
              { header: 'Source → target', className: 'hidden md:table-cell', cell: pair },
              {
                header: 'Error and actions',
                cell: (j) => (
                  <div className="min-w-40 space-y-2">
                    <span data-testid="attention-error" className="block break-words text-red-700">
                      {j.failedReason ?? '—'}
                    </span>
                    {buttons(j)}
                  </div>
                ),
              },
              { header: 'Finished', className: 'hidden md:table-cell whitespace-nowrap', cell: (j) => <When at={j.timestamps.finishedAt} /> },
            ]}
          />
        ) : (
          <Unavailable what="Failed jobs" />
        )}
      </Card>
      <Card title="Running and waiting">
        {running ? (
          <DataTable
            caption="Running and waiting jobs"
            rows={running}
            rowKey={(j) => j.id}
            empty="No job is running or waiting."
            columns={[
              { header: 'Job', cell: (j) => <JobCell job={j} role={role} testId={`running-${j.id}`} /> },
              { header: 'Source → target', className: 'hidden md:table-cell', cell: pair },
              {
                header: 'Progress and actions',
                cell: (j) => (
                  <div className="min-w-40 space-y-2">
                    <JobProgress
                      state={j.state}
                      percent={percentOf(j)}
                      copied={j.progress?.copied ?? 0}
                      total={j.progress?.total}
                      label={`Job ${j.id} progress`}
                    />
                    {buttons(j)}
                  </div>
                ),
              },
              {
                header: 'Stalled',
                numeric: true,
                className: 'hidden sm:table-cell',
                cell: (j) => (j.attempts.stalled ? <span className="font-semibold text-amber-700">{j.attempts.stalled}×</span> : '0'),
              },
            ]}
          />
        ) : (
          <Unavailable what="Running jobs" />
        )}
      </Card>
      <Card title="Failed, interrupted and lost runs (last 24 h)">
        {troubled ? (
          <DataTable
            caption="Failed, interrupted and lost runs in the last 24 hours"
            rows={troubled}
            rowKey={(r) => r.id}
            empty="No run failed, was interrupted or was lost in the last 24 hours."
            columns={[
              {
                header: 'Job',
                cell: (r) => (
                  <Link href={jobHref(role, r.jobId)} className="font-medium text-brand-700 hover:underline">
                    {jobLabel(r.jobId, r.scheduleName)} try {r.attempt}
                  </Link>
                ),
              },
              {
                header: 'Source → target',
                className: 'hidden md:table-cell',
                cell: (r) => (
                  <span className="break-all font-mono text-xs">
                    {r.sourceNs} → {r.targetNs}
                  </span>
                ),
              },
              { header: 'State', cell: (r) => <Badge state={r.state} /> },
              { header: 'Error', cell: (r) => <span className="block min-w-40 break-words text-red-700">{r.error ?? '—'}</span> },
              { header: 'When', className: 'hidden md:table-cell whitespace-nowrap', cell: (r) => <When at={r.finishedAt ?? r.createdAt} /> },
            ]}
          />
        ) : (
          <Unavailable what="The run history" />
        )}
      </Card>
    </div>
  );
}
