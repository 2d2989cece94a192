import { Chart } from '@/components/charts/chart';
import type { DayStats } from '@/lib/db/queries/sync-stats';
import { formatDay } from '@/lib/format-time';

const labelled = (days: DayStats[]) => days.map((d) => ({ ...d, day: formatDay(Date.parse(`${d.day}T00:00:00Z`)) }));

export function RunsPerDayChart({ days }: { days: DayStats[] }) {
  return (
    <Chart
      label="Runs per day by outcome"
      kind="bar"
      stacked
      data={labelled(days)}
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
    <Chart
      label="Documents copied per day"
      kind="line"
      data={labelled(days)}
      xKey="day"
      series={[{ key: 'copied', label: 'Documents copied', color: '#2563eb' }]}
    />
  );
}
