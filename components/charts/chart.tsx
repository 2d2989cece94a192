/**
 * Why: every chart in the portal is one presentational component, drawn on the server as SVG (no chart library in
 * the browser, nothing to hydrate), fed by server queries. Every category gets its label; each bar and point carries
 * its value as a tooltip; the same numbers are in a table beside it (ChartFigure).
 */
import { niceTicks, shortLabel } from './scale';

export type ChartSeries = { key: string; label: string; color: string };
export type ChartRow = Record<string, string | number>;
export type ChartUnit = 'count' | 'money' | 'rate';

const FORMATS: Record<ChartUnit, Intl.NumberFormat> = {
  count: new Intl.NumberFormat('en-US'),
  money: new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }),
  rate: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

const WIDTH = 480;
const FONT = 12;
const LEFT = 56;
const RIGHT = 8;
const CHAR = FONT * 0.6;

const num = (row: ChartRow, key: string) => (typeof row[key] === 'number' ? (row[key] as number) : Number(row[key]) || 0);

export function Chart({
  label,
  kind,
  data,
  xKey,
  series,
  unit = 'count',
  stacked = false,
  height = 280,
}: {
  label: string;
  kind: 'bar' | 'line';
  data: ChartRow[];
  xKey: string;
  series: ChartSeries[];
  unit?: ChartUnit;
  stacked?: boolean;
  height?: number;
}) {
  const format = (value: number) => FORMATS[unit].format(value);
  const names = data.map((row) => String(row[xKey]));
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(data.length, 1);
  const longest = Math.max(0, ...names.map((n) => shortLabel(n).length));
  const rotate = longest * CHAR > slot - 4;
  const bottom = rotate ? Math.min(longest, 14) * CHAR * 0.75 + FONT * 2 : FONT * 2;
  const top = series.length > 1 ? FONT * 2.5 : FONT;
  const plotHeight = height - top - bottom;
  const totals = data.map((row) => (stacked ? series.reduce((sum, s) => sum + num(row, s.key), 0) : Math.max(0, ...series.map((s) => num(row, s.key)))));
  const ticks = niceTicks(Math.max(0, ...totals));
  const max = ticks[ticks.length - 1];
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  const x = (index: number) => LEFT + slot * index;

  return (
    <svg
      role="img"
      aria-label={`${label} (chart; the table below lists the same figures)`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full"
      style={{ maxHeight: height }}
      fontSize={FONT}
      fill="#334155"
    >
      {series.length > 1 &&
        series.map((s, i) => (
          <g key={s.key} transform={`translate(${LEFT + i * 120}, 4)`}>
            <rect width={FONT} height={FONT} fill={s.color} />
            <text x={FONT + 4} y={FONT - 2}>
              {s.label}
            </text>
          </g>
        ))}
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" strokeDasharray={tick === 0 ? undefined : '3 3'} />
          <text x={LEFT - 6} y={y(tick) + FONT / 3} textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      {kind === 'bar' ? <Bars data={data} names={names} series={series} stacked={stacked} slot={slot} x={x} y={y} format={format} /> : null}
      {kind === 'line' &&
        series.map((s) => (
          <g key={s.key}>
            <polyline fill="none" stroke={s.color} strokeWidth={2} points={data.map((row, i) => `${x(i) + slot / 2},${y(num(row, s.key))}`).join(' ')} />
            {data.map((row, i) => (
              <circle key={i} cx={x(i) + slot / 2} cy={y(num(row, s.key))} r={3} fill={s.color}>
                <title>{`${names[i]} — ${s.label}: ${format(num(row, s.key))}`}</title>
              </circle>
            ))}
          </g>
        ))}
      {names.map((name, i) => {
        const cx = x(i) + slot / 2;
        const cy = top + plotHeight + FONT + 2;
        return (
          <text
            key={i}
            x={cx}
            y={cy}
            textAnchor={rotate ? 'end' : 'middle'}
            transform={rotate ? `rotate(-40 ${cx} ${cy - FONT / 2})` : undefined}
            data-testid="chart-category"
          >
            {shortLabel(name)}
          </text>
        );
      })}
    </svg>
  );
}

function Bars({
  data,
  names,
  series,
  stacked,
  slot,
  x,
  y,
  format,
}: {
  data: ChartRow[];
  names: string[];
  series: ChartSeries[];
  stacked: boolean;
  slot: number;
  x: (index: number) => number;
  y: (value: number) => number;
  format: (value: number) => string;
}) {
  const width = stacked ? slot * 0.6 : (slot * 0.7) / series.length;
  return data.map((row, i) => {
    let base = 0;
    return (
      <g key={i}>
        {series.map((s, j) => {
          const value = num(row, s.key);
          const from = stacked ? base : 0;
          base += value;
          const left = x(i) + (stacked ? slot * 0.2 : slot * 0.15 + j * width);
          return (
            <rect key={s.key} x={left} width={Math.max(width - 1, 1)} y={y(from + value)} height={Math.max(y(from) - y(from + value), 0)} fill={s.color}>
              <title>{`${names[i]} — ${s.label}: ${format(value)}`}</title>
            </rect>
          );
        })}
      </g>
    );
  });
}
