import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { requirePermission } from '@/lib/auth/dal';
import { loadScheduleViews } from '@/lib/schedules/list';
import { SchedulesTable } from './schedules-table';

export const metadata: Metadata = { title: 'Sync schedules' };
export const dynamic = 'force-dynamic';

export default async function SchedulesPage({ searchParams }: { searchParams: Promise<{ saved?: string; queue?: string }> }) {
  await requirePermission('sync.schedule');
  const params = await searchParams;
  const { schedules, queueUnavailable } = await loadScheduleViews();
  return (
    <AreaShell
      title="Sync schedules"
      description="Copy a collection at regular intervals. Schedules live in MySQL; the worker keeps the job queue in step with them."
    >
      {params.saved && (
        <FormMessage
          success={`Schedule saved.${params.queue === 'down' ? ' The job queue is not reachable right now: the worker applies it when Redis is back.' : ''}`}
        />
      )}
      {queueUnavailable && <FormMessage error="The job queue (Redis) is not reachable: next runs are computed from the patterns until it is back." />}
      <Card>
        <div className="space-y-4">
          <Link
            href="/admin/sync/schedules/new"
            className="inline-block rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
          >
            New schedule
          </Link>
          <SchedulesTable schedules={schedules} />
        </div>
      </Card>
    </AreaShell>
  );
}
