import type { Metadata } from 'next';
import { When, WhenMonth } from '@/components/when';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { Chart, type ChartRow, type ChartSeries } from '@/components/charts/chart';
import { ChartFigure } from '@/components/charts/chart-figure';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { displayCell, FIGURE_TABLES, type FigureTableName } from '@/lib/analytics/figure-tables';
import { formatMoney } from '@/lib/analytics/money';
import { readRollup, type Rollup } from '@/lib/analytics/rollups';
import { requireRole } from '@/lib/auth/dal';
import { may } from '@/lib/auth/permissions';
import { formatMonthKey } from '@/lib/format-time';
import { parsePeriodParam, PERIOD_LABEL, periodSchema, PERIODS, type Period } from '@/lib/validation/analytics';
import { RefreshButton } from './refresh-button';

export const metadata: Metadata = { title: 'Management area' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BUY_SELL: ChartSeries[] = [
  { key: 'buy', label: 'Bought', color: '#2563eb' },
  { key: 'sell', label: 'Sold', color: '#f59e0b' },
];

export default async function ManagementHome({ searchParams }: Props) {
  const { user } = await requireRole('management');
  const period = parsePeriodParam(periodSchema, (await searchParams).period);
  const rollup = period.ok ? await readRollup(period.value) : null;
  return (
    <AreaShell title="Management area" description="The business at a glance: customers, accounts and trading (read-only).">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PeriodPicker current={period.ok ? period.value : null} />
        <Link href="/management/sync" className="text-sm font-medium text-brand-700 hover:underline">
          Sync statistics →
        </Link>
      </div>
      {!period.ok && <FormMessage error={period.error} />}
      {period.ok && (
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
          <p data-testid="computed-at">
            {rollup ? (
              <>
                Figures computed <When at={rollup.computedAt} />; the worker recomputes them on a schedule and after every seed or import.
              </>
            ) : (
              'The figures have not been computed yet.'
            )}
          </p>
          {may(user.role, 'figures.refresh') && <RefreshButton shownComputedAt={rollup?.computedAt.getTime() ?? null} />}
        </div>
      )}
      {period.ok && rollup && <Figures period={period.value} data={rollup.data} />}
    </AreaShell>
  );
}

function PeriodPicker({ current }: { current: Period | null }) {
  return (
    <nav aria-label="Period" className="flex flex-wrap gap-2">
      {PERIODS.map((p) => (
        <Link
          key={p}
          href={`/management?period=${p}`}
          aria-current={p === current ? 'page' : undefined}
          className={`rounded-full border px-3 py-1 text-sm ${p === current ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
        >
          {PERIOD_LABEL[p]}
        </Link>
      ))}
    </nav>
  );
}

function Figures({ period, data }: { period: Period; data: Rollup }) {
  const kpis = [
    ['Customers', data.kpis.customers.toLocaleString('en-US')],
    ['Active customers', data.kpis.activeCustomers.toLocaleString('en-US'), 'traded in the period'],
    ['Accounts', data.kpis.accounts.toLocaleString('en-US')],
    ['Trades', data.kpis.trades.toLocaleString('en-US'), 'in the period'],
    ['Traded value', formatMoney(data.kpis.tradedValue), 'in the period'],
  ];
  const table = (name: FigureTableName, chart: React.ReactNode) => {
    const def = FIGURE_TABLES[name];
    const rows = def.rows(data).map((cells, index) => ({ index, cells }));
    return (
      <ChartFigure
        title={def.title}
        description={def.description}
        chart={chart}
        rows={rows}
        rowKey={(r) => r.index}
        columns={def.columns.map((c, i) => ({
          header: c.header,
          numeric: c.kind === 'count' || c.kind === 'money',
          cell: (r: (typeof rows)[number]) => (c.kind === 'month' ? <WhenMonth month={String(r.cells[i])} /> : displayCell(c.kind, r.cells[i])),
        }))}
        csvHref={`/api/management/figures/${name}?period=${period}`}
      />
    );
  };
  const counts = (rows: ChartRow[], key: string, label: string, title: string) => (
    <Chart label={title} kind="bar" xKey="name" data={rows} series={[{ key, label, color: '#2563eb' }]} />
  );
  return (
    <>
      <Card title={`Key figures — ${PERIOD_LABEL[period].toLowerCase()}`}>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5" data-testid="kpis">
          {kpis.map(([label, value, note]) => (
            <div key={label} className="rounded-lg bg-slate-50 p-3">
              <dt className="text-sm text-slate-600">
                {label}
                {note && <span className="block text-xs">{note}</span>}
              </dt>
              <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        {table(
          'tiers',
          counts(
            data.byTier.map((t) => ({ name: t.tier, customers: t.customers })),
            'customers',
            'Customers',
            FIGURE_TABLES.tiers.title,
          ),
        )}
        {table(
          'products',
          counts(
            data.byProduct.map((p) => ({ name: p.product, accounts: p.accounts })),
            'accounts',
            'Accounts',
            FIGURE_TABLES.products.title,
          ),
        )}
      </div>
      {table(
        'months',
        <Chart
          label={FIGURE_TABLES.months.title}
          kind="bar"
          stacked
          unit="money"
          xKey="month"
          data={data.byMonth.map((m) => ({ month: formatMonthKey(m.month), buy: Number(m.buy), sell: Number(m.sell) }))}
          series={BUY_SELL}
        />,
      )}
      {table(
        'symbols',
        <Chart
          label={FIGURE_TABLES.symbols.title}
          kind="bar"
          unit="money"
          xKey="symbol"
          data={data.topSymbols.map((s) => ({ symbol: s.symbol.toUpperCase(), value: Number(s.value) }))}
          series={[{ key: 'value', label: 'Traded value', color: '#0d9488' }]}
        />,
      )}
    </>
  );
}
