import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/dal';
import { getSyncJobOr404, isSyncJobError, loadSyncJobView } from '@/lib/queue';
import { JobDetail } from './job-detail';

export const metadata: Metadata = { title: 'Sync job' };

export default async function SyncJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { user } = await requireRole('admin');
  const { id } = await params;
  const view = await getSyncJobOr404(id)
    .then((job) => loadSyncJobView(job))
    .catch((error: unknown) => {
      if (isSyncJobError(error) && error.status === 404) notFound();
      throw error;
    });
  return (
    <AreaShell user={user} title={`Sync job #${view.id}`}>
      <Link href="/admin/sync" className="text-sm font-medium text-brand-700 hover:underline">← All sync jobs</Link>
      <Card>
        <JobDetail initial={view} />
      </Card>
    </AreaShell>
  );
}
