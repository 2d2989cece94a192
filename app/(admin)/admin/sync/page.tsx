import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { requireRole } from '@/lib/auth/dal';
import { listCatalog } from '@/lib/mongo/catalog';
import { listSyncJobs, SYNC_JOB_STATES, type ListableState } from '@/lib/queue';
import { JobsTable } from './jobs-table';
import { QueueSyncForm } from './queue-sync-form';

export const metadata: Metadata = { title: 'Sync jobs' };

export default async function SyncJobsPage({ searchParams }: { searchParams: Promise<{ state?: string; page?: string }> }) {
  const { user } = await requireRole('admin');
  const params = await searchParams;
  const state = (SYNC_JOB_STATES as readonly string[]).includes(params.state ?? '') ? (params.state as ListableState) : undefined;
  const page = Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1);
  const [catalog, jobs] = await Promise.all([listCatalog().catch(() => null), listSyncJobs({ state, page }).catch(() => null)]);
  return (
    <AreaShell user={user} title="Sync jobs" description="Replicate MongoDB collections: queue a sync, watch it stream, verify, cancel and retry.">
      <Card title="Queue a sync">
        <QueueSyncForm catalog={catalog} />
      </Card>
      <Card title="Jobs">
        {jobs ? <JobsTable key={`${state}-${page}`} initial={jobs} state={state ?? ''} page={page} /> : <FormMessage error="The job queue (Redis) is not reachable right now; jobs will appear when it is back." />}
      </Card>
    </AreaShell>
  );
}
