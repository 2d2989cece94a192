import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/dal';

export const metadata: Metadata = { title: 'Technician area' };

export default async function TechnicianHome() {
  const { user } = await requireRole('technician');
  return (
    <AreaShell user={user} title="Technician area" description="Service health, queue health and failed sync jobs.">
      <Card>
        <p className="text-slate-700">Service and queue health panels are coming next; /api/health already reports MySQL, Redis and MongoDB.</p>
      </Card>
    </AreaShell>
  );
}
