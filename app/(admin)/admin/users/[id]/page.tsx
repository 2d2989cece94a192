import type { Metadata } from 'next';
import { When } from '@/components/when';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { findCustomersForLink } from '@/lib/analytics/linking';
import { requirePermission } from '@/lib/auth/dal';
import { describeDevice } from '@/lib/auth/device';
import { recentAuditForUser } from '@/lib/db/queries/audit-log';
import { findMfaCredential } from '@/lib/db/queries/mfa';
import { listActiveSessions } from '@/lib/db/queries/sessions';
import { mfaRequiredFor } from '@/lib/mfa/policy';
import { displayName, findUserById } from '@/lib/db/queries/users';
import { AuditTable } from '@/components/audit-table';
import { UserActions } from './user-actions';

export const metadata: Metadata = { title: 'User' };

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; customer?: string }>;
}) {
  const current = await requirePermission('users.manage');
  const { id } = await params;
  const { created, customer } = await searchParams;
  const target = /^\d{1,10}$/.test(id) ? await findUserById(Number(id)) : undefined;
  if (!target) notFound();
  const query = typeof customer === 'string' ? customer.trim().slice(0, 254) : '';
  const [sessions, events, candidates, mfa] = await Promise.all([
    listActiveSessions(target.id),
    recentAuditForUser(target.id),
    query && target.role === 'customer' ? findCustomersForLink(query) : null,
    findMfaCredential(target.id),
  ]);
  const mfaEnabled = Boolean(mfa?.confirmedAt);
  const facts: [string, React.ReactNode][] = [
    ['Username', target.username],
    ['Email', target.email],
    [
      'Role',
      <span key="role" className="capitalize">
        {target.role}
      </span>,
    ],
    ['Status', target.status === 'active' ? 'Active' : `Disabled${target.disabledReason ? ` — ${target.disabledReason}` : ''}`],
    [
      'Two-factor',
      mfaEnabled ? (
        <>
          On since <When key="mfa" at={mfa!.confirmedAt!} />
        </>
      ) : mfaRequiredFor(target.role) ? (
        'Off — set up at next sign-in'
      ) : (
        'Off'
      ),
    ],
    ['Email verified', <When key="verified" at={target.emailVerifiedAt} missing="Not verified" />],
    ['Created', <When key="created" at={target.createdAt} />],
    ['Last sign-in', <When key="last" at={target.lastLoginAt} missing="Never" />],
    ['Analytics customer', target.analyticsUsername ?? target.analyticsCustomerId ?? 'Not linked'],
    ['Address', target.address || '—'],
  ];
  return (
    <AreaShell
      title={displayName(target)}
      description={`User #${target.id}`}
      trail={[
        { href: '/admin', label: 'Admin' },
        { href: '/admin/users', label: 'Users' },
      ]}
    >
      {created && <FormMessage success={`Account created. A link to choose a password was sent to ${target.email}.`} />}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Profile">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-600">{label}</dt>
                <dd className="break-all" data-testid={`user-${label.toLowerCase().replace(/\W+/g, '-')}`}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Actions">
          <UserActions
            user={{
              id: target.id,
              username: target.username,
              role: target.role,
              status: target.status,
              isSelf: target.id === current.user.id,
              isCustomer: target.role === 'customer',
              linkedCustomer: target.analyticsUsername ?? target.analyticsCustomerId,
              mfaEnabled,
            }}
            sessions={sessions.map((s) => ({ id: s.id, device: describeDevice(s.userAgent), ip: s.ip, lastSeen: s.lastSeenAt.toISOString() }))}
            candidates={candidates}
          />
        </Card>
      </div>
      <section aria-labelledby="recent-events" className="space-y-2">
        <h2 id="recent-events" className="text-lg font-semibold">
          Recent audit events
        </h2>
        <AuditTable rows={events} caption={`Recent audit events for ${target.username}`} empty="No audit events for this user yet." />
        <p className="text-sm">
          <Link href={`/admin/audit?target=${encodeURIComponent(`user:${target.id}`)}`} className="text-brand-700 hover:underline">
            All events about this user
          </Link>
        </p>
      </section>
    </AreaShell>
  );
}
