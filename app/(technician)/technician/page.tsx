import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { requirePermission } from '@/lib/auth/dal';
import { loadConsole } from '@/lib/health/console-snapshot';
import { TechnicianConsole } from './console';

export const metadata: Metadata = { title: 'Technician console' };
export const dynamic = 'force-dynamic';

export default async function TechnicianHome() {
  const { user } = await requirePermission('service.health');
  return (
    <AreaShell
      title="Technician area"
      description="The console: service health, queue health, and the sync jobs that need a hand — retry what failed, cancel what is stuck."
    >
      <TechnicianConsole initial={await loadConsole()} role={user.role} />
    </AreaShell>
  );
}
