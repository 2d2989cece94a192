import type { IndexReport } from '@/lib/sync/indexes/types';

/** The job page's "Indexes and options": what the target got, what it refused and why, what differs on an existing target. */
export function IndexReportView({ report }: { report: IndexReport | null | undefined }) {
  if (!report) return <>after the target is opened</>;
  const nothing = !report.created.length && !report.options.length && !report.notCreated.length && !report.differences.length;
  return (
    <div data-testid="index-report" className="space-y-1">
      <p>{report.targetExisted ? 'The target existed: its indexes were compared, not changed.' : 'The target was created by this run.'}</p>
      {nothing && <p>No indexes to copy besides the key.</p>}
      {report.created.length > 0 && <p>Created: {report.created.join(', ')}</p>}
      {report.options.length > 0 && <p>Collection options: {report.options.join(', ')}</p>}
      {report.notCreated.length > 0 && (
        <ul className="list-disc pl-5 text-amber-800">
          {report.notCreated.map((n) => (
            <li key={n.name}>
              {n.name} not created: {n.reason}
            </li>
          ))}
        </ul>
      )}
      {report.differences.length > 0 && (
        <ul className="list-disc pl-5 text-amber-800">
          {report.differences.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
