import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/dal';
import { catalogForForms } from '@/lib/mongo/catalog';
import { ScheduleForm } from '../schedule-form';

export const metadata: Metadata = { title: 'New sync schedule' };

export default async function NewSchedulePage() {
  await requirePermission('sync.schedule');
  const catalog = await catalogForForms();
  return (
    <AreaShell title="New sync schedule" description="Incremental mode suits a schedule: each run copies only the documents added since the previous one.">
      <Link href="/admin/sync/schedules" className="text-sm font-medium text-brand-700 hover:underline">
        ← All schedules
      </Link>
      <Card>
        <ScheduleForm catalog={catalog} />
      </Card>
    </AreaShell>
  );
}
