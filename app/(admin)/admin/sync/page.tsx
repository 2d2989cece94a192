import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { RunFilters } from '@/components/sync/run-filters';
import { RunsTable } from '@/components/sync/runs-table';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { requirePermission } from '@/lib/auth/dal';
import { catalogForForms } from '@/lib/mongo/catalog';
import { parseRunQuery } from '@/lib/runs/page-query';
import { QueueSyncForm } from './queue-sync-form';

export const metadata: Metadata = { title: 'Sync jobs' };

export default async function SyncJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('sync.queue');
  const raw = await searchParams;
  const removed = typeof raw.removed === 'string' ? raw.removed : undefined;
  const query = parseRunQuery(raw);
  const [catalog, runs] = await Promise.all([catalogForForms(), query.ok ? query.list() : null]);
  return (
    <AreaShell
      title="Sync jobs"
      description="Replicate MongoDB collections: queue a sync, watch it stream, verify, cancel and retry. Every run is kept in the history below."
    >
      {removed && <FormMessage success={`Job ${removed} was removed from the queue; its runs stay in the history.`} />}
      <Card title="Queue a sync">
        <QueueSyncForm catalog={catalog} />
      </Card>
      <Card title="Runs">
        <div className="space-y-4">
          <RunFilters action="/admin/sync" values={query.params} error={query.ok ? undefined : query.error} />
          {query.ok && runs && <RunsTable key={query.query} initial={runs} query={query.query} pathname="/admin/sync" params={query.params} />}
        </div>
      </Card>
    </AreaShell>
  );
}
