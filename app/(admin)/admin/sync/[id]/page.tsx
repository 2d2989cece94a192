import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AreaShell } from '@/components/area-shell';
import { RunHistory } from '@/components/sync/run-history';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { requirePermission } from '@/lib/auth/dal';
import { runsForJob } from '@/lib/db/queries/sync-runs';
import { isAppError } from '@/lib/errors';
import { getSyncJobOrThrow, loadSyncJobView } from '@/lib/queue';
import { JobDetail } from './job-detail';

export const metadata: Metadata = { title: 'Sync job' };

export default async function SyncJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { user } = await requirePermission('sync.queue');
  const id = decodeURIComponent((await params).id);
  const [view, runs] = await Promise.all([
    getSyncJobOrThrow(id)
      .then((job) => loadSyncJobView(job))
      .catch((error: unknown) => {
        if (isAppError(error, 'NOT_FOUND')) return null;
        throw error;
      }),
    runsForJob(id),
  ]);
  if (!view && runs.length === 0) notFound();
  return (
    <AreaShell title={`Sync job #${id}`}>
      <Link href="/admin/sync" className="text-sm font-medium text-brand-700 hover:underline">
        ← All sync jobs
      </Link>
      <Card>
        {view ? (
          <JobDetail initial={view} role={user.role} />
        ) : (
          <FormMessage error="This job is no longer in the queue (removed or trimmed); its run history is below." />
        )}
      </Card>
      <Card title="Run history">
        <RunHistory runs={runs} />
      </Card>
    </AreaShell>
  );
}
