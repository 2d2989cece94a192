import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/dal';

export const metadata: Metadata = { title: 'Customer area' };

export default async function CustomerHome() {
  const { user } = await requireRole('customer');
  return (
    <AreaShell user={user} title="Customer area" description="Your accounts, products and recent transactions.">
      <Card>
        <p className="text-slate-700">Your analytics accounts will appear here once your customer record is linked.</p>
      </Card>
    </AreaShell>
  );
}
