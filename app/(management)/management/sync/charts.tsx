import { Chart } from '@/components/charts/chart';
import type { DayStats } from '@/lib/db/queries/sync-stats';

export function RunsPerDayChart({ days }: { days: DayStats[] }) {
  return (
    <Chart
      label="Runs per day by outcome"
      kind="bar"
      stacked
      data={days}
      xKey="day"
      series={[
        { key: 'completed', label: 'Completed', color: '#059669' },
        { key: 'failed', label: 'Failed', color: '#dc2626' },
        { key: 'cancelled', label: 'Cancelled', color: '#71717a' },
        { key: 'other', label: 'Other', color: '#d97706' },
      ]}
    />
  );
}

export function CopiedPerDayChart({ days }: { days: DayStats[] }) {
  return (
    <Chart label="Documents copied per day" kind="line" data={days} xKey="day" series={[{ key: 'copied', label: 'Documents copied', color: '#2563eb' }]} />
  );
}
