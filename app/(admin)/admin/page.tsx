import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/dal';

export const metadata: Metadata = { title: 'Admin area' };

export default async function AdminHome() {
  const { user } = await requireRole('admin');
  return (
    <AreaShell user={user} title="Admin area" description="Users, sync jobs and schedules.">
      <Card>
        <p className="text-slate-700">User management and schedules are coming next.</p>
      </Card>
    </AreaShell>
  );
}
