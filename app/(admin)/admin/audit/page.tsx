import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { FilterBar, FilterInput, FilterSelect } from '@/components/ui/filter-bar';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/dal';
import { AUDIT_ACTIONS } from '@/lib/db/queries/audit';
import { listAudit } from '@/lib/db/queries/audit-log';
import { pageHref, parsePage } from '@/lib/pagination';
import { auditFilters, singleParams } from '@/lib/validation/admin-filters';
import { AuditTable } from '@/components/audit-table';

export const metadata: Metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('audit.read');
  const params = singleParams(await searchParams);
  const filters = auditFilters.safeParse(params);
  const page = parsePage(params, PAGE_SIZE);
  const error = !filters.success ? filters.error.issues[0]?.message : !page.ok ? page.error : undefined;
  const result = filters.success && page.ok ? await listAudit(filters.data, page.value) : null;
  const csvHref = pageHref('/api/admin/audit/csv', { ...params, page: undefined }, 1);
  return (
    <AreaShell title="Audit log" description="Who did what, newest first. Dates are UTC.">
      <FilterBar label="Filter audit events" action="/admin/audit" clearHref="/admin/audit" error={error}>
        <FilterInput label="Actor" name="actor" value={params.actor} placeholder="Username, email or user id" />
        <FilterSelect label="Action" name="action" value={params.action} options={['', ...AUDIT_ACTIONS]} />
        <FilterInput label="Target" name="target" value={params.target} placeholder="e.g. user:12 or sync-job:3" />
        <div className="grid grid-cols-2 gap-2">
          <FilterInput label="From" name="from" type="date" value={params.from} />
          <FilterInput label="To" name="to" type="date" value={params.to} />
        </div>
      </FilterBar>
      {result && (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <Pagination pathname="/admin/audit" params={params} page={result.page} pageSize={result.pageSize} total={result.total} label="Audit pages" />
            <a href={csvHref} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
              Download CSV
            </a>
          </div>
          <AuditTable rows={result.rows} caption="Audit events" empty="No audit event matches these filters." />
        </>
      )}
    </AreaShell>
  );
}
