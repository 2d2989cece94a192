'use client';
import Link from 'next/link';
import { When } from '@/components/when';
import { DataTable, type Column } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { usePolledJson } from '@/components/use-polled-json';
import type { RunList, RunListItem } from '@/lib/runs/list';
import { count } from '@/components/sync/format';
import { jobLabel } from '@/lib/sync-jobs/job-label';
import { StateBadge } from './state-badge';
import { JobProgress } from './job-progress';

function stateOf(run: RunListItem): string {
  return run.live?.state ?? run.state;
}

function who(run: RunListItem): string {
  if (run.origin === 'schedule') return 'schedule';
  if (run.origin === 'cli') return run.username ? `${run.username} (CLI)` : 'CLI';
  return run.username ?? (run.origin === 'retry' ? 'retry' : '—');
}

const COLUMNS = (jobLinks: boolean): Column<RunListItem>[] => [
  {
    header: 'Job',
    cell: (run) => (
      <span className="inline-block min-w-20">
        {jobLinks ? (
          <Link href={`/admin/sync/${encodeURIComponent(run.jobId)}`} className="font-medium text-brand-700 hover:underline">
            {jobLabel(run.jobId, run.scheduleName)}
          </Link>
        ) : (
          <span className="font-medium">{jobLabel(run.jobId, run.scheduleName)}</span>
        )}
        {run.attempt > 1 && <span className="ml-1 text-xs text-slate-500">try {run.attempt}</span>}
      </span>
    ),
  },
  {
    header: 'Source → target',
    cell: (run) => (
      <span className="block min-w-0 break-all font-mono text-xs">
        {run.sourceNs} → {run.targetNs}
        <span className="block font-sans text-slate-500">{run.mode}</span>
      </span>
    ),
  },
  {
    header: 'State',
    cell: (run) => <StateBadge state={stateOf(run)} testId="job-state" />,
  },
  {
    header: 'Progress',
    className: 'w-40',
    cell: (run) => {
      const p = run.live?.progress;
      const copied = p?.copied ?? run.copied;
      return (
        <span className="block space-y-1">
          {run.live || run.state === 'completed' ? (
            <JobProgress
              state={stateOf(run)}
              percent={stateOf(run) === 'completed' ? 100 : (p?.percent ?? 0)}
              copied={copied}
              total={p?.total}
              label={`Job ${jobLabel(run.jobId, run.scheduleName)} progress`}
            />
          ) : null}
          <span className="block text-xs tabular-nums text-slate-600">{p?.total ? `${count(copied)} / ${count(p.total)}` : count(copied)} docs</span>
        </span>
      );
    },
  },
  { header: 'Who', className: 'hidden md:table-cell', cell: who },
  { header: 'Queued', className: 'hidden sm:table-cell whitespace-nowrap', cell: (run) => <When at={run.queuedAt ?? run.createdAt} /> },
  { header: 'Finished', className: 'hidden lg:table-cell whitespace-nowrap', cell: (run) => <When at={run.finishedAt} /> },
];

/** The run history (newest first) with live progress for unfinished runs, refreshed every few seconds. */
export function RunsTable({
  initial,
  query,
  pathname,
  params,
  jobLinks = true,
}: {
  initial: RunList;
  query: string;
  pathname: string;
  params: Record<string, string | undefined>;
  jobLinks?: boolean;
}) {
  const { data, error } = usePolledJson<RunList>(`/api/admin/sync/jobs?${query}`, initial, 2_000);
  return (
    <div className="space-y-3">
      {error && (
        <p role="status" className="text-sm text-amber-700">
          {error}
        </p>
      )}
      {data.liveUnavailable && (
        <p role="status" className="text-sm text-amber-700">
          Live progress is unavailable (the job queue is not reachable); showing the history.
        </p>
      )}
      <DataTable caption="Sync runs" columns={COLUMNS(jobLinks)} rows={data.runs} rowKey={(run) => run.id} empty="No sync runs match these filters." />
      <Pagination pathname={pathname} params={params} page={data.page} pageSize={data.pageSize} total={data.total} label="Run pages" />
    </div>
  );
}
