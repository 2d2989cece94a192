'use client';
/**
 * Why: every chart in the portal is one presentational Recharts component fed by server queries; the numbers it
 * draws are always also in a table beside it (ChartFigure), so the chart can be hidden from screen readers and
 * nothing is lost where it cannot render.
 */
import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type ChartSeries = { key: string; label: string; color: string };
export type ChartRow = Record<string, string | number>;
export type ChartUnit = 'count' | 'money' | 'rate';

const FORMATS: Record<ChartUnit, Intl.NumberFormat> = {
  count: new Intl.NumberFormat('en-US'),
  money: new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }),
  rate: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

const noSubscription = () => () => undefined;

export function Chart({
  kind,
  data,
  xKey,
  series,
  unit = 'count',
  stacked = false,
  height = 280,
}: {
  kind: 'bar' | 'line';
  data: ChartRow[];
  xKey: string;
  series: ChartSeries[];
  unit?: ChartUnit;
  stacked?: boolean;
  height?: number;
}) {
  // Drawn in the browser only: the server sends the table and a placeholder of the chart's height.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!mounted) return <div aria-hidden="true" style={{ width: '100%', height }} />;
  const format = (value: unknown) => (typeof value === 'number' ? FORMATS[unit].format(value) : String(value));
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey={xKey} tick={{ fontSize: 12, fill: '#334155' }} />
      <YAxis tickFormatter={format} tick={{ fontSize: 12, fill: '#334155' }} width={64} />
      <Tooltip formatter={format} />
      {series.length > 1 && <Legend />}
    </>
  );
  return (
    <div aria-hidden="true" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        {kind === 'bar' ? (
          <BarChart data={data} accessibilityLayer={false}>
            {axes}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        ) : (
          <LineChart data={data} accessibilityLayer={false}>
            {axes}
            {series.map((s) => (
              <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
