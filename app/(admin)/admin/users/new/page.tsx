import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/dal';
import { NewUserForm } from './new-user-form';

export const metadata: Metadata = { title: 'New user' };

export default async function NewUserPage() {
  await requirePermission('users.manage');
  return (
    <AreaShell title="New user" description="The new user gets an email with a link to choose their own password (valid 72 hours); you never type or see it.">
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          ← All users
        </Link>
      </p>
      <Card>
        <NewUserForm />
      </Card>
    </AreaShell>
  );
}
