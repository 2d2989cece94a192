import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/dal';

export const metadata: Metadata = { title: 'Admin area' };

export default async function AdminHome() {
  const { user } = await requireRole('admin');
  return (
    <AreaShell user={user} title="Admin area" description="Users, sync jobs and schedules.">
      <Card>
        <p className="text-slate-700">
          <Link href="/admin/sync" className="font-semibold text-brand-700 hover:underline">Sync jobs</Link> — queue, watch, verify, cancel and retry MongoDB collection syncs.
        </p>
        <p className="mt-2 text-sm text-slate-500">User management and schedules are coming next; staff accounts are created with <code>npm run user:create</code>.</p>
      </Card>
    </AreaShell>
  );
}
