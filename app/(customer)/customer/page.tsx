import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { loadCustomerOverview, type AccountSummary } from '@/lib/analytics/customer';
import { formatMoney } from '@/lib/analytics/money';
import { resolveCustomerView, viewHref, type CustomerView } from '@/lib/analytics/viewer';
import { TradesAsOf } from './as-of';
import { CustomerPicker } from './customer-picker';
import { LinkExplanation } from './link-explanation';
import { ReadOnlyBanner } from './read-only-banner';

export const metadata: Metadata = { title: 'Customer area' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerHome({ searchParams }: Props) {
  const params = await searchParams;
  const view = await resolveCustomerView(params.user);

  if (view.kind === 'pick') {
    return (
      <AreaShell title="Customer area" description="Pick a customer to see their accounts and transactions as they do.">
        <CustomerPicker searchParams={params} />
      </AreaShell>
    );
  }
  return (
    <AreaShell title="Customer area" description="Accounts, products and trades at the brokerage.">
      {view.readOnly && <ReadOnlyBanner subject={view.subject} />}
      {view.kind === 'linked' ? (
        <Overview view={view} />
      ) : (
        <LinkExplanation link={view.kind === 'missing' ? { state: 'missing' } : view.link} readOnly={view.readOnly} />
      )}
    </AreaShell>
  );
}

async function Overview({ view }: { view: Extract<CustomerView, { kind: 'linked' }> }) {
  const overview = await loadCustomerOverview(view.customer);
  return (
    <>
      <Card title={overview.name || overview.username}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">Customer username</dt>
            <dd className="font-medium">{overview.username}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Email</dt>
            <dd className="break-all font-medium">{overview.email}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Accounts</dt>
            <dd className="font-medium">{overview.accounts.length}</dd>
          </div>
        </dl>
      </Card>
      <Card title="Tiers and benefits">
        {overview.tiers.length === 0 ? (
          <p className="text-slate-600">No tier on this customer record.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2" data-testid="tiers">
            {overview.tiers.map((t, i) => (
              <li key={`${t.tier}-${i}`} className="rounded-lg border border-slate-200 p-3">
                <p className="font-semibold">
                  {t.tier} <span className="text-sm font-normal text-slate-500">{t.active ? 'active' : 'inactive'}</span>
                </p>
                <p className="text-sm text-slate-700">{t.benefits.length ? t.benefits.join(', ') : 'No benefits listed'}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <section aria-labelledby="accounts-heading" className="space-y-3">
        <h2 id="accounts-heading" className="text-lg font-semibold">
          Accounts
        </h2>
        <TradesAsOf at={overview.asOf} />
        <DataTable<AccountSummary>
          caption="Your accounts with their limit, products, trades and totals"
          rows={overview.accounts}
          rowKey={(a) => a.accountId}
          empty="This customer record lists no accounts."
          columns={[
            {
              header: 'Account',
              cell: (a) => (
                <Link className="font-medium text-brand-700 hover:underline" href={viewHref(view, `/customer/accounts/${a.accountId}`)}>
                  {a.accountId}
                </Link>
              ),
            },
            { header: 'Limit', numeric: true, cell: (a) => (a.limit === null ? '—' : a.limit.toLocaleString('en-US')) },
            { header: 'Products', cell: (a) => a.products.join(', ') || '—' },
            { header: 'Trades', numeric: true, cell: (a) => a.trades.toLocaleString('en-US') },
            { header: 'Bought', numeric: true, cell: (a) => formatMoney(a.buy) },
            { header: 'Sold', numeric: true, cell: (a) => formatMoney(a.sell) },
          ]}
        />
      </section>
    </>
  );
}
