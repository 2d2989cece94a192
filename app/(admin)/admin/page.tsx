import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/dal';

export const metadata: Metadata = { title: 'Admin area' };

export default async function AdminHome() {
  await requireRole('admin');
  return (
    <AreaShell title="Admin area" description="Users, sync jobs and schedules.">
      <Card>
        <p className="text-slate-700">
          <Link href="/admin/sync" className="font-semibold text-brand-700 hover:underline">
            Sync jobs
          </Link>{' '}
          — queue, watch, verify, cancel and retry MongoDB collection syncs.
        </p>
        <p className="mt-2 text-slate-700">
          <Link href="/admin/users" className="font-semibold text-brand-700 hover:underline">
            Users
          </Link>{' '}
          — create staff accounts, change roles, disable leavers, send password reset links.
        </p>
        <p className="mt-2 text-slate-700">
          <Link href="/admin/audit" className="font-semibold text-brand-700 hover:underline">
            Audit log
          </Link>{' '}
          — who did what and when, filterable, with a CSV download.
        </p>
      </Card>
    </AreaShell>
  );
}
