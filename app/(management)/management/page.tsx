import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/dal';

export const metadata: Metadata = { title: 'Management area' };

export default async function ManagementHome() {
  const { user } = await requireRole('management');
  return (
    <AreaShell user={user} title="Management area" description="Analytics and sync statistics (read-only).">
      <Card>
        <p className="text-slate-700">Analytics and sync statistics are coming next.</p>
      </Card>
    </AreaShell>
  );
}
