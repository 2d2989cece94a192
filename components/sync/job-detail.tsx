'use client';
import { useRouter } from 'next/navigation';
import { When } from '@/components/when';
import { useEffect, useRef } from 'react';
import { JobButtons } from '@/components/sync/job-buttons';
import { IndexReportView } from '@/components/sync/index-report';
import { JobProgress } from '@/components/sync/job-progress';
import { usePolledJson } from '@/components/use-polled-json';
import type { SyncJobView } from '@/lib/queue/types';
import { copiedOfTotal, formatEta, formatLastId, percentOf } from '@/components/sync/format';
import { StateBadge } from '@/components/sync/state-badge';
import { formatNamespace } from '@/lib/validation/namespace';
import type { Role } from '@/lib/auth/roles';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1.5">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="col-span-2 min-w-0 text-sm [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

function Verification({ job }: { job: SyncJobView }) {
  const v = job.result?.verification;
  if (job.spec.verify === 'none') return <>not requested</>;
  if (!v) return <>{job.state === 'completed' ? 'not run' : 'after the copy'}</>;
  return (
    <span data-testid="verification" className={v.match ? 'text-emerald-700' : 'text-red-700'}>
      {v.match ? 'match' : 'MISMATCH'} — source {v.sourceCount.toLocaleString('en-US')}, target {v.targetCount.toLocaleString('en-US')} documents
      {v.hashMatch !== null && `, content hash ${v.hashMatch ? 'equal' : 'different'}`}
    </span>
  );
}

/** Which run-history state stands for a job state (BullMQ's waiting kinds are one "queued" row). */
const HISTORY_STATE: Record<string, string> = { waiting: 'queued', delayed: 'queued', prioritized: 'queued' };

/** How many polls a finished job's page re-reads its history for, while the history has not caught up. */
const CATCH_UP_POLLS = 10;

/**
 * Re-renders the server parts of the page (the run history, the attempts) when the polled job changes state, and
 * after a few more polls while the history's latest row disagrees with a finished job (the worker writes it last).
 */
function useHistoryFollows(job: SyncJobView, historyState: string | null) {
  const router = useRouter();
  const seen = useRef({ state: job.state, catchUps: 0 });
  useEffect(() => {
    const last = seen.current;
    const changed = last.state !== job.state;
    seen.current = { state: job.state, catchUps: changed ? 0 : last.catchUps };
    const finished = ['completed', 'failed', 'cancelled'].includes(job.state);
    const behind = finished && historyState !== (HISTORY_STATE[job.state] ?? job.state) && seen.current.catchUps < CATCH_UP_POLLS;
    if (behind) seen.current.catchUps += 1;
    if (changed || behind) router.refresh();
    // Once per poll (a new job object), not once per render: a refresh re-renders without a new poll.
  }, [job]); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * `attempts` is counted from the run history by the server; `historyState` is the state of its latest row.
 */
export function JobDetail({ initial, role, attempts, historyState }: { initial: SyncJobView; role: Role; attempts: string; historyState: string | null }) {
  const { data: job, error } = usePolledJson(`/api/admin/sync/jobs/${initial.id}`, initial);
  useHistoryFollows(job, historyState);
  const p = job.progress;
  return (
    <div className="space-y-6">
      {error && (
        <p role="status" className="text-sm text-amber-700">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <StateBadge state={job.state} testId="job-state" large />
        {job.cancelRequested && job.state === 'active' && <span className="text-sm text-amber-700">cancelling at the next batch boundary…</span>}
        <div className="w-64 max-w-full">
          <JobProgress
            state={job.state}
            percent={percentOf(job)}
            copied={job.result?.copied ?? job.progress?.copied ?? 0}
            total={job.progress?.total}
            label={`Job ${job.id} progress`}
          />
        </div>
        <span className="text-sm tabular-nums" data-testid="job-copied">
          {copiedOfTotal(job)} documents
        </span>
        {p && job.state === 'active' && (
          <span className="text-sm text-slate-600">
            {Math.round(p.docsPerSec).toLocaleString('en-US')} docs/s · ETA {formatEta(p.etaSeconds)}
          </span>
        )}
      </div>
      <JobButtons jobId={job.id} state={job.state} role={role} />
      <dl className="divide-y divide-slate-100">
        <Row label="Source → target">
          <span className="font-mono">
            {formatNamespace(job.spec.source)} → {formatNamespace(job.spec.target)}
          </span>
        </Row>
        <Row label="Mode">
          {job.spec.mode}
          {job.spec.mode === 'incremental' && ` (watermark ${job.spec.watermarkField})`}
        </Row>
        <Row label="Filter / projection">
          <span className="font-mono">
            {job.spec.filter ?? '{}'} / {job.spec.projection ?? 'all fields'}
          </span>
        </Row>
        <Row label="Batch size">{job.spec.batchSize.toLocaleString('en-US')}</Row>
        <Row label="Attempts">
          <span data-testid="job-attempts">{attempts}</span>
          {job.attempts.stalled > 0 && ` · resumed ${job.attempts.stalled} time(s) after a worker stopped or lost its lock`}
        </Row>
        <Row label="Checkpoint">
          <span className="font-mono text-xs">
            {job.checkpoint ? `${job.checkpoint.copied.toLocaleString('en-US')} copied, last _id ${formatLastId(job.checkpoint.lastId)}` : 'none yet'}
          </span>
        </Row>
        <Row label="Verification">
          <Verification job={job} />
        </Row>
        <Row label="Indexes and options">
          <IndexReportView report={job.result?.indexes ?? job.checkpoint?.indexes} />
        </Row>
        {job.result && (
          <Row label="Result">
            {job.result.copied.toLocaleString('en-US')} copied, {job.result.deleted.toLocaleString('en-US')} deleted, {job.result.duplicates} duplicates, in{' '}
            {(job.result.durationMs / 1000).toFixed(1)} s
          </Row>
        )}
        {job.failedReason && (
          <Row label="Error">
            <span data-testid="job-error" className="text-red-700">
              {job.failedReason}
            </span>
          </Row>
        )}
        {job.earlierErrors.length > 0 && (
          <Row label="Earlier attempts">
            <ol data-testid="earlier-errors" className="list-decimal pl-5 text-slate-600">
              {job.earlierErrors.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ol>
          </Row>
        )}
        <Row label="Queued by">{job.queuedBy.username}</Row>
        <Row label="Queued / started / finished">
          <When at={job.timestamps.queuedAt} /> / <When at={job.timestamps.startedAt} /> / <When at={job.timestamps.finishedAt} />
        </Row>
      </dl>
      <section>
        <h2 className="mb-2 text-lg font-semibold">Logs</h2>
        <pre
          data-testid="job-logs"
          role="region"
          tabIndex={0}
          aria-label="Job logs"
          className="max-h-80 overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100"
        >
          {job.logs.length ? job.logs.join('\n') : 'No log lines yet.'}
        </pre>
      </section>
    </div>
  );
}
