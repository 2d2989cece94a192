import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/dal';
import { findSchedule } from '@/lib/db/queries/sync-schedules';
import { catalogForForms } from '@/lib/mongo/catalog';
import { scheduleFormValues } from '@/lib/schedules/form-values';
import { ScheduleForm } from '../schedule-form';

export const metadata: Metadata = { title: 'Edit sync schedule' };

export default async function EditSchedulePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('sync.schedule');
  const id = Number((await params).id);
  const schedule = Number.isInteger(id) && id > 0 ? await findSchedule(id) : undefined;
  if (!schedule) notFound();
  const catalog = await catalogForForms();
  return (
    <AreaShell
      title={`Edit “${schedule.name}”`}
      description="Saving replaces the schedule in the job queue; its next run follows the new timing."
      trail={[
        { href: '/admin', label: 'Admin' },
        { href: '/admin/sync/schedules', label: 'Schedules' },
      ]}
    >
      <Card>
        <ScheduleForm catalog={catalog} scheduleId={schedule.id} initial={scheduleFormValues(schedule)} />
      </Card>
    </AreaShell>
  );
}
