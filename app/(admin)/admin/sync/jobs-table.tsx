'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { ProgressBar } from '@/components/progress-bar';
import { usePolledJson } from '@/components/use-polled-json';
import type { SyncJobList } from '@/lib/queue/list';
import { SYNC_JOB_STATES } from '@/lib/queue/types';
import { copiedOfTotal, formatEta, formatTime, namespace, percentOf, STATE_STYLE } from '@/components/sync/format';

export function JobsTable({ initial, state, page }: { initial: SyncJobList; state: string; page: number }) {
  const router = useRouter();
  const query = new URLSearchParams({ page: String(page), ...(state && { state }) });
  const { data, error } = usePolledJson(`/api/admin/sync/jobs?${query}`, initial);
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const go = (next: { state?: string; page?: number }) => {
    const params = new URLSearchParams({ page: String(next.page ?? 1), ...((next.state ?? state) && { state: next.state ?? state }) });
    router.push(`/admin/sync?${params}`);
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="stateFilter" className="text-sm font-medium text-slate-700">
          Show
        </label>
        <select
          id="stateFilter"
          value={state}
          onChange={(e) => go({ state: e.target.value, page: 1 })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          <option value="">All states</option>
          {SYNC_JOB_STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <span className="text-sm text-slate-500">{data.total} job(s)</span>
        {error && (
          <span role="status" className="text-sm text-amber-700">
            {error}
          </span>
        )}
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label="Sync jobs">
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th className="py-2 pr-3">Job</th>
              <th className="pr-3">Source → target</th>
              <th className="pr-3">Mode</th>
              <th className="pr-3">State</th>
              <th className="pr-3">Progress</th>
              <th className="pr-3">Copied</th>
              <th className="pr-3">Docs/s</th>
              <th className="pr-3">ETA</th>
              <th className="pr-3">Queued by</th>
              <th className="pr-3">Queued</th>
              <th>Finished</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.jobs.length === 0 && (
              <tr>
                <td colSpan={11} className="py-6 text-center text-slate-500">
                  No sync jobs{state ? ` in state “${state}”` : ''} yet.
                </td>
              </tr>
            )}
            {data.jobs.map((job) => (
              <tr key={job.id} data-testid={`job-row-${job.id}`}>
                <td className="py-2 pr-3">
                  <Link href={`/admin/sync/${job.id}`} className="font-medium text-brand-700 hover:underline">
                    #{job.id}
                  </Link>
                </td>
                <td className="pr-3 font-mono text-xs">
                  {namespace(job.spec.source)} → {namespace(job.spec.target)}
                </td>
                <td className="pr-3">{job.spec.mode}</td>
                <td className="pr-3">
                  <span data-testid="job-state" className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_STYLE[job.state] ?? ''}`}>
                    {job.state}
                  </span>
                </td>
                <td className="pr-3">
                  <ProgressBar percent={percentOf(job)} label={`Job ${job.id} progress`} />
                </td>
                <td className="pr-3 tabular-nums">{copiedOfTotal(job)}</td>
                <td className="pr-3 tabular-nums">{job.progress ? Math.round(job.progress.docsPerSec).toLocaleString('en-US') : '—'}</td>
                <td className="pr-3">{job.state === 'active' ? formatEta(job.progress?.etaSeconds) : '—'}</td>
                <td className="pr-3">{job.queuedBy.username}</td>
                <td className="pr-3 whitespace-nowrap">{formatTime(job.timestamps.queuedAt)}</td>
                <td className="whitespace-nowrap">{formatTime(job.timestamps.finishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          <button type="button" disabled={page <= 1} onClick={() => go({ page: page - 1 })} className="rounded border px-2 py-1 disabled:opacity-40">
            Previous
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" disabled={page >= pages} onClick={() => go({ page: page + 1 })} className="rounded border px-2 py-1 disabled:opacity-40">
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
