import type { Metadata } from 'next';
import { When } from '@/components/when';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { DataTable } from '@/components/ui/data-table';
import { FilterBar, FilterInput, FilterSelect } from '@/components/ui/filter-bar';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/dal';
import { ROLES } from '@/lib/auth/roles';
import { countUsersByRole, listUsers, type UserListRow } from '@/lib/db/queries/user-list';
import { displayName } from '@/lib/db/queries/users';
import { USER_STATUSES } from '@/lib/db/schema';
import { parsePage } from '@/lib/pagination';
import { singleParams, userListFilters, USER_SORTS } from '@/lib/validation/admin-filters';

export const metadata: Metadata = { title: 'Users' };

const PAGE_SIZE = 25;
const SORT_LABELS: Record<(typeof USER_SORTS)[number], string> = {
  created: 'Created',
  name: 'Name',
  email: 'Email',
  username: 'Username',
  role: 'Role',
  'last-sign-in': 'Last sign-in',
};

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('users.manage');
  const params = singleParams(await searchParams);
  const filters = userListFilters.safeParse(params);
  const page = parsePage(params, PAGE_SIZE);
  const error = !filters.success ? filters.error.issues[0]?.message : !page.ok ? page.error : undefined;
  const [result, counts] = await Promise.all([filters.success && page.ok ? listUsers(filters.data, page.value) : null, countUsersByRole()]);
  const f = filters.success ? filters.data : undefined;
  return (
    <AreaShell title="Users" description="Every account: search, filter, and open one to change its role, disable it or help with its password.">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ul aria-label="Accounts per role" className="flex flex-wrap gap-2 text-sm">
          {ROLES.map((role) => (
            <li key={role} className="rounded-full border border-slate-200 bg-white px-3 py-1">
              <span className="capitalize">{role}</span>: <strong>{counts[role]}</strong>
            </li>
          ))}
        </ul>
        <Link href="/admin/users/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
          New user
        </Link>
      </div>
      <FilterBar label="Filter users" action="/admin/users" clearHref="/admin/users" error={error}>
        <FilterInput label="Search users" name="q" type="search" value={params.q} placeholder="Name, email or username" />
        <FilterSelect label="Role" name="role" value={params.role} options={['', ...ROLES]} />
        <FilterSelect label="Status" name="status" value={params.status} options={['', ...USER_STATUSES]} />
        <FilterSelect
          label="Verified"
          name="verified"
          value={params.verified}
          options={['', { value: 'yes', label: 'Verified' }, { value: 'no', label: 'Not verified' }]}
        />
        <FilterSelect label="Sort by" name="sort" value={f?.sort} options={USER_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))} />
        <FilterSelect
          label="Order"
          name="dir"
          value={f?.dir}
          options={[
            { value: 'desc', label: 'Descending' },
            { value: 'asc', label: 'Ascending' },
          ]}
        />
      </FilterBar>
      {result && (
        <>
          <DataTable<UserListRow>
            caption="Users"
            rows={result.rows}
            rowKey={(row) => row.id}
            empty="No user matches these filters."
            columns={[
              {
                header: 'Name',
                cell: (row) => (
                  <Link href={`/admin/users/${row.id}`} className="font-medium text-brand-700 hover:underline">
                    {displayName(row)}
                  </Link>
                ),
              },
              { header: 'Username', cell: (row) => row.username },
              { header: 'Email', cell: (row) => <span className="break-all">{row.email}</span> },
              { header: 'Role', cell: (row) => <span className="capitalize">{row.role}</span> },
              { header: 'Status', cell: (row) => (row.status === 'active' ? 'Active' : <span className="font-medium text-red-700">Disabled</span>) },
              { header: 'Verified', cell: (row) => (row.emailVerifiedAt ? 'Yes' : 'No') },
              { header: '2FA', cell: (row) => (row.mfaEnabled ? 'On' : 'Off') },
              { header: 'Created', cell: (row) => <When at={row.createdAt} />, className: 'whitespace-nowrap' },
              { header: 'Last sign-in', cell: (row) => <When at={row.lastLoginAt} missing="Never" />, className: 'whitespace-nowrap' },
            ]}
          />
          <Pagination pathname="/admin/users" params={params} page={result.page} pageSize={result.pageSize} total={result.total} label="User pages" />
        </>
      )}
    </AreaShell>
  );
}
