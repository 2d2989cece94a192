import Link from 'next/link';
import { When } from '@/components/when';
import { DataTable } from '@/components/ui/data-table';
import type { AuditRow } from '@/lib/db/queries/audit-log';

/** Audit rows as the audit log and a user's page show them. */
export function AuditTable({ rows, caption, empty }: { rows: AuditRow[]; caption: string; empty: string }) {
  return (
    <DataTable<AuditRow>
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      empty={empty}
      columns={[
        { header: 'When', cell: (row) => <When at={row.at} />, className: 'whitespace-nowrap' },
        {
          header: 'Actor',
          cell: (row) =>
            row.actorUserId ? (
              <Link href={`/admin/users/${row.actorUserId}`} className="text-brand-700 hover:underline">
                {row.actorUsername ?? `#${row.actorUserId}`}
              </Link>
            ) : (
              'system'
            ),
        },
        { header: 'Action', cell: (row) => <code className="text-xs">{row.action}</code> },
        { header: 'Target', cell: (row) => <span className="break-all">{row.target ?? '—'}</span> },
        { header: 'Address', cell: (row) => row.ip ?? '—' },
        { header: 'Detail', cell: (row) => (row.detail ? <code className="block max-w-md break-all text-xs">{JSON.stringify(row.detail)}</code> : '—') },
      ]}
    />
  );
}
