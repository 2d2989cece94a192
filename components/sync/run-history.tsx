import { DataTable } from '@/components/ui/data-table';
import { When } from '@/components/when';
import type { RunRow } from '@/lib/db/queries/sync-runs';
import { count } from '@/components/sync/format';
import { StateBadge } from './state-badge';

/** Every attempt of one job from MySQL: what happened even after BullMQ trimmed the job. */
export function RunHistory({ runs }: { runs: RunRow[] }) {
  return (
    <DataTable
      caption="Attempts of this job"
      captionVisible
      rows={runs}
      rowKey={(r) => r.id}
      empty="No runs recorded yet."
      columns={[
        { header: 'Attempt', cell: (r) => r.attempt },
        {
          header: 'State',
          cell: (r) => <StateBadge state={r.state} testId="run-state" />,
        },
        { header: 'Origin', className: 'hidden sm:table-cell', cell: (r) => (r.username ? `${r.origin} (${r.username})` : r.origin) },
        { header: 'Started', className: 'hidden md:table-cell whitespace-nowrap', cell: (r) => <When at={r.startedAt} /> },
        { header: 'Finished', className: 'hidden md:table-cell whitespace-nowrap', cell: (r) => <When at={r.finishedAt} /> },
        { header: 'Copied', numeric: true, cell: (r) => count(r.copied) },
        { header: 'Docs/s', numeric: true, className: 'hidden sm:table-cell', cell: (r) => (r.docsPerSec === null ? '—' : count(Math.round(r.docsPerSec))) },
        { header: 'Error', cell: (r) => <span className="break-words text-red-700">{r.error ?? ''}</span> },
      ]}
    />
  );
}
