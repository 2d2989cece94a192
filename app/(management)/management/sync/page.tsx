import type { Metadata } from 'next';
import { When } from '@/components/when';
import { AreaShell } from '@/components/area-shell';
import { ChartFigure } from '@/components/charts/chart-figure';
import { Card } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/dal';
import { STAT_PERIODS, syncStats, type PairStats } from '@/lib/db/queries/sync-stats';
import { FormMessage } from '@/components/ui/form-message';
import { parsePeriodParam, statPeriodSchema } from '@/lib/validation/analytics';
import { count } from '@/components/sync/format';
import { CopiedPerDayChart, RunsPerDayChart } from './charts';

export const metadata: Metadata = { title: 'Sync statistics' };
export const dynamic = 'force-dynamic';

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-xs uppercase text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`kpi-${label.toLowerCase().replace(/\W+/g, '-')}`}>
        {value}
      </dd>
    </div>
  );
}

function PairTable({ caption, rows, empty }: { caption: string; rows: PairStats[]; empty: string }) {
  return (
    <DataTable
      caption={caption}
      captionVisible
      rows={rows}
      rowKey={(r) => r.pair}
      empty={empty}
      columns={[
        { header: 'Source → target', cell: (r) => <span className="break-all font-mono text-xs">{r.pair}</span> },
        { header: 'Runs', numeric: true, cell: (r) => count(r.runs) },
        { header: 'Failed', numeric: true, cell: (r) => `${count(r.failed)} (${percent(r.failureRate)})` },
        { header: 'Avg docs/s', numeric: true, cell: (r) => (r.avgDocsPerSec === null ? '—' : count(r.avgDocsPerSec)) },
        {
          header: 'Avg duration',
          numeric: true,
          className: 'hidden sm:table-cell',
          cell: (r) => (r.avgSeconds === null ? '—' : `${r.avgSeconds.toFixed(1)} s`),
        },
      ]}
    />
  );
}

export default async function SyncStatsPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  await requirePermission('stats.read');
  const period = parsePeriodParam(statPeriodSchema, (await searchParams).period);
  return (
    <AreaShell title="Sync statistics" description={`From the run history${period.ok ? `, last ${period.value} days` : ''} (UTC), read-only.`}>
      <nav aria-label="Period" className="flex flex-wrap gap-2 text-sm">
        {STAT_PERIODS.map((p) => (
          <a
            key={p}
            href={`/management/sync?period=${p}d`}
            aria-current={period.ok && p === period.value ? 'page' : undefined}
            className={`rounded-md border px-3 py-1.5 ${period.ok && p === period.value ? 'border-brand-600 bg-brand-600 font-semibold text-white' : 'border-slate-300 bg-white hover:bg-slate-50'}`}
          >
            Last {p} days
          </a>
        ))}
      </nav>
      {period.ok ? <Stats stats={await syncStats(period.value)} /> : <FormMessage error={period.error} />}
    </AreaShell>
  );
}

function Stats({ stats }: { stats: Awaited<ReturnType<typeof syncStats>> }) {
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Kpi label="Runs" value={count(stats.totals.runs)} />
        <Kpi label="Completed" value={count(stats.totals.completed)} />
        <Kpi label="Failure rate" value={percent(stats.totals.failureRate)} />
        <Kpi label="Documents copied" value={count(stats.totals.copied)} />
        <Kpi label="Median docs/s" value={stats.totals.medianDocsPerSec === null ? '—' : count(stats.totals.medianDocsPerSec)} />
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          title="Runs per day by outcome"
          chart={<RunsPerDayChart days={stats.days} />}
          rows={stats.days.filter((d) => d.completed + d.failed + d.cancelled + d.other > 0)}
          rowKey={(d) => d.day}
          empty="No runs in this period."
          columns={[
            { header: 'Day', cell: (d) => <When at={`${d.day}T00:00:00Z`} day /> },
            { header: 'Completed', numeric: true, cell: (d) => count(d.completed) },
            { header: 'Failed', numeric: true, cell: (d) => count(d.failed) },
            { header: 'Cancelled', numeric: true, cell: (d) => count(d.cancelled) },
            { header: 'Other', numeric: true, cell: (d) => count(d.other) },
          ]}
        />
        <ChartFigure
          title="Documents copied per day"
          chart={<CopiedPerDayChart days={stats.days} />}
          rows={stats.days.filter((d) => d.copied > 0)}
          rowKey={(d) => d.day}
          empty="Nothing copied in this period."
          columns={[
            { header: 'Day', cell: (d) => <When at={`${d.day}T00:00:00Z`} day /> },
            { header: 'Documents copied', numeric: true, cell: (d) => count(d.copied) },
          ]}
        />
      </div>
      <Card title="Source → target pairs">
        <div className="space-y-6">
          <PairTable caption="Slowest pairs (lowest average docs/s)" rows={stats.slowest} empty="No completed runs in this period." />
          <PairTable caption="Most-failing pairs" rows={stats.mostFailing} empty="No failed runs in this period." />
        </div>
      </Card>
    </>
  );
}
