import type { Metadata } from 'next';
import { When, WhenMonth } from '@/components/when';
import { formatMonthKey } from '@/lib/format-time';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AreaShell } from '@/components/area-shell';
import { Chart } from '@/components/charts/chart';
import { ChartFigure } from '@/components/charts/chart-figure';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { FormMessage } from '@/components/ui/form-message';
import { Pagination } from '@/components/ui/pagination';
import { loadAccountView, TRADES_PAGE_SIZE } from '@/lib/analytics/account';
import type { Trade } from '@/lib/analytics/mongo';
import { formatMoney, formatPrice } from '@/lib/analytics/money';
import type { Holding, MonthRow } from '@/lib/analytics/trades';
import { resolveCustomerLink, viewHref } from '@/lib/analytics/viewer';
import { parsePage, totalPages } from '@/lib/pagination';
import { parseTradeFilter } from '@/lib/validation/analytics';
import { TradesAsOf } from '../../as-of';
import { ReadOnlyBanner } from '../../read-only-banner';
import { TradeFilterForm } from './trade-filter-form';

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Account ${(await params).accountId}` };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const [{ accountId: rawId }, query] = await Promise.all([params, searchParams]);
  if (!/^\d{1,10}$/.test(rawId)) notFound();
  const accountId = Number(rawId);
  const parsed = parseTradeFilter(query);
  const page = parsePage(query, TRADES_PAGE_SIZE);
  const tradePage = { filter: page.ok ? parsed.filter : null, offset: page.ok ? page.value.offset : 0, limit: TRADES_PAGE_SIZE };
  const view = await resolveCustomerLink(query.user);
  if (view.kind !== 'linked') notFound();
  const account = await loadAccountView(view.customerId, accountId, tradePage);
  if (!account) notFound();

  const errors = { ...parsed.errors };
  if (parsed.filter?.symbol && !account.symbols.includes(parsed.filter.symbol)) {
    const known = account.symbols.map((symbol) => symbol.toUpperCase()).join(', ') || 'none';
    errors.symbol = `This account has no trades in “${parsed.filter.symbol.toUpperCase()}”. Its symbols: ${known}.`;
  }
  const filterOk = Object.keys(errors).length === 0;
  const { trades: pageTrades, total: matchingTotal } = account.matching;
  const pages = totalPages(matchingTotal, TRADES_PAGE_SIZE);
  const pageError = !page.ok
    ? page.error
    : page.value.page > pages
      ? `There is no page ${page.value.page}: these transactions fill ${pages} page${pages === 1 ? '' : 's'}.`
      : null;
  const rows = filterOk && page.ok && !pageError ? pageTrades.map((t, i) => ({ ...t, row: page.value.offset + i })) : [];
  const path = `/customer/accounts/${accountId}`;
  const linkParams = { user: view.readOnly ? String(view.subject.id) : undefined, ...parsed.raw };

  return (
    <AreaShell
      title={`Account ${accountId}`}
      description={account.account.products.join(', ') || undefined}
      trail={[{ href: viewHref(view, '/customer'), label: 'Accounts' }]}
    >
      {view.readOnly && <ReadOnlyBanner subject={view.subject} />}
      <Card>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4" data-testid="account-summary">
          <div>
            <dt className="text-slate-500">Limit</dt>
            <dd className="font-medium">{account.account.limit === null ? '—' : account.account.limit.toLocaleString('en-US')}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Trades</dt>
            <dd className="font-medium">{account.totals.trades.toLocaleString('en-US')}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Bought</dt>
            <dd className="font-medium">{formatMoney(account.totals.buy)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Sold</dt>
            <dd className="font-medium">{formatMoney(account.totals.sell)}</dd>
          </div>
        </dl>
      </Card>

      <section aria-labelledby="transactions-heading" className="space-y-3">
        <h2 id="transactions-heading" className="text-lg font-semibold">
          Transactions
        </h2>
        <TradesAsOf at={account.asOf} />
        <TradeFilterForm action={path} raw={parsed.raw} errors={errors} symbols={account.symbols} userId={view.readOnly ? view.subject.id : undefined} />
        {!filterOk && <FormMessage error="Fix the filter above to see transactions." />}
        {filterOk && pageError && <FormMessage error={pageError} />}
        {filterOk && pageError && (
          <p>
            <Link className="text-sm font-medium text-brand-700 hover:underline" href={viewHref(view, path, { ...parsed.raw })}>
              Go to the first page
            </Link>
          </p>
        )}
        {filterOk && !pageError && page.ok && (
          <>
            <DataTable<Trade & { row: number }>
              caption="Transactions, newest first"
              rows={rows}
              rowKey={(t) => t.row}
              empty="No transactions match this filter."
              columns={[
                { header: 'Date', className: 'whitespace-nowrap', cell: (t) => <When at={t.date} day /> },
                { header: 'Code', cell: (t) => t.transaction_code },
                { header: 'Symbol', cell: (t) => t.symbol.toUpperCase() },
                { header: 'Amount', numeric: true, cell: (t) => Number(t.amount).toLocaleString('en-US') },
                { header: 'Price', numeric: true, cell: (t) => formatPrice(t.price) },
                { header: 'Total', numeric: true, cell: (t) => formatMoney(t.total) },
              ]}
            />
            <Pagination
              pathname={path}
              params={linkParams}
              page={page.value.page}
              pageSize={TRADES_PAGE_SIZE}
              total={matchingTotal}
              label="Transaction pages"
            />
          </>
        )}
      </section>

      <section aria-labelledby="holdings-heading" className="space-y-3">
        <h2 id="holdings-heading" className="text-lg font-semibold">
          Holdings
        </h2>
        <DataTable<Holding>
          caption="Holdings by symbol: net amount bought minus sold, and the last price seen"
          captionVisible
          rows={account.holdings}
          rowKey={(h) => h.symbol}
          empty="No trades yet."
          columns={[
            { header: 'Symbol', cell: (h) => h.symbol.toUpperCase() },
            { header: 'Net amount', numeric: true, cell: (h) => h.net.toLocaleString('en-US') },
            { header: 'Last price', numeric: true, cell: (h) => formatPrice(h.lastPrice) },
            { header: 'Last trade', className: 'whitespace-nowrap', cell: (h) => <When at={h.lastDate} day /> },
          ]}
        />
      </section>

      <ChartFigure<MonthRow>
        title="Traded value by month"
        description="Sum of trade totals per calendar month (UTC), bought and sold."
        chart={
          <Chart
            label="Traded value by month"
            kind="bar"
            unit="money"
            xKey="month"
            data={account.months.map((m) => ({ month: formatMonthKey(m.month), buy: Number(m.buy), sell: Number(m.sell) }))}
            series={[
              { key: 'buy', label: 'Bought', color: '#2563eb' },
              { key: 'sell', label: 'Sold', color: '#f59e0b' },
            ]}
          />
        }
        rows={account.months}
        rowKey={(m) => m.month}
        columns={[
          { header: 'Month', cell: (m) => <WhenMonth month={m.month} /> },
          { header: 'Bought', numeric: true, cell: (m) => formatMoney(m.buy) },
          { header: 'Sold', numeric: true, cell: (m) => formatMoney(m.sell) },
        ]}
        empty="No trades yet."
      />
    </AreaShell>
  );
}
