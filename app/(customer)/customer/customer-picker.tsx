import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { listUsers } from '@/lib/db/queries/user-list';
import { parsePage } from '@/lib/pagination';

const PAGE_SIZE = 25;

/** The admin's way in: pick a customer whose area to open read-only. */
export async function CustomerPicker({ searchParams }: { searchParams: Record<string, string | string[] | undefined> }) {
  const q = typeof searchParams.q === 'string' ? searchParams.q.trim().slice(0, 100) : '';
  const page = parsePage(searchParams, PAGE_SIZE);
  const list = page.ok ? await listUsers({ q: q || undefined, role: 'customer', sort: 'created', dir: 'desc' }, page.value) : null;
  return (
    <Card title="Open a customer's area (read-only)">
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">
            Name, email or username contains
          </label>
          <input id="q" name="q" defaultValue={q} className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
          Search
        </button>
      </form>
      {!page.ok && <FormMessage error={page.error} />}
      {list && page.ok && (
        <div className="space-y-3">
          <DataTable
            caption="Customer accounts"
            rows={list.rows}
            rowKey={(r) => r.id}
            empty={q ? `No customer's name, email or username contains “${q}”.` : 'No customer accounts yet.'}
            columns={[
              {
                header: 'Customer',
                cell: (r) => (
                  <Link className="font-medium text-brand-700 hover:underline" href={`/customer?user=${r.id}`}>
                    {r.username}
                  </Link>
                ),
              },
              { header: 'Email', cell: (r) => r.email },
              { header: 'Verified', cell: (r) => (r.emailVerifiedAt ? 'yes' : 'no') },
              { header: 'Analytics record', cell: (r) => r.analyticsUsername ?? 'not linked' },
            ]}
          />
          <Pagination pathname="/customer" params={{ q }} page={page.value.page} pageSize={PAGE_SIZE} total={list.total} label="Customer pages" />
        </div>
      )}
    </Card>
  );
}
