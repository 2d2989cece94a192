/**
 * Why: a chart's geometry worked out on the server, as plain data. The page sends the browser only this drawing
 * (numbers rounded to a tenth of a pixel, each label and tooltip once), not a tree of SVG elements, so a chart costs
 * little in the page and its payload; ChartView turns it into SVG. Every category gets its label; each bar and point
 * carries its value as a tooltip.
 */
import { niceTicks, shortLabel } from './scale';

export type ChartSeries = { key: string; label: string; color: string };
export type ChartRow = Record<string, string | number>;
export type ChartUnit = 'count' | 'money' | 'rate';

export type ChartSpec = {
  label: string;
  kind: 'bar' | 'line';
  data: ChartRow[];
  xKey: string;
  series: ChartSeries[];
  unit?: ChartUnit;
  stacked?: boolean;
  height?: number;
};

export type ChartMark = { x: number; y: number; title: string };
export type ChartDrawing = {
  label: string;
  width: number;
  height: number;
  font: number;
  /** Shown when there is more than one series. */
  legend: { x: number; color: string; label: string }[];
  ticks: { y: number; text: string; dashed: boolean }[];
  plot: { left: number; right: number };
  bars: (ChartMark & { width: number; height: number; color: string })[];
  lines: { color: string; points: string; dots: ChartMark[] }[];
  categories: { x: number; y: number; text: string; rotate: boolean }[];
};

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

/** A tenth of a pixel is finer than any screen draws; more digits only lengthen the page. */
const px = (value: number) => Math.round(value * 10) / 10;
const num = (row: ChartRow, key: string) => (typeof row[key] === 'number' ? (row[key] as number) : Number(row[key]) || 0);

export function drawChart({ label, kind, data, xKey, series, unit = 'count', stacked = false, height = 280 }: ChartSpec): ChartDrawing {
  const format = (value: number) => FORMATS[unit].format(value);
  const names = data.map((row) => String(row[xKey]));
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(data.length, 1);
  const longest = Math.max(0, ...names.map((n) => shortLabel(n).length));
  const rotate = longest * CHAR > slot - 4;
  const bottom = rotate ? Math.min(longest, 14) * CHAR * 0.75 + FONT * 2 : FONT * 2;
  const top = series.length > 1 ? FONT * 2.5 : FONT;
  const plotHeight = height - top - bottom;
  const totals = data.map((row) => (stacked ? series.reduce((sum, s) => sum + num(row, s.key), 0) : Math.max(0, ...series.map((s) => num(row, s.key)))));
  const tickValues = niceTicks(Math.max(0, ...totals));
  const max = tickValues[tickValues.length - 1];
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  const x = (index: number) => LEFT + slot * index;
  const title = (i: number, s: ChartSeries, value: number) => `${names[i]} — ${s.label}: ${format(value)}`;

  const bars: ChartDrawing['bars'] = [];
  if (kind === 'bar') {
    const width = stacked ? slot * 0.6 : (slot * 0.7) / series.length;
    data.forEach((row, i) => {
      let base = 0;
      series.forEach((s, j) => {
        const value = num(row, s.key);
        const from = stacked ? base : 0;
        base += value;
        bars.push({
          x: px(x(i) + (stacked ? slot * 0.2 : slot * 0.15 + j * width)),
          y: px(y(from + value)),
          width: px(Math.max(width - 1, 1)),
          height: px(Math.max(y(from) - y(from + value), 0)),
          color: s.color,
          title: title(i, s, value),
        });
      });
    });
  }
  const lines: ChartDrawing['lines'] =
    kind === 'line'
      ? series.map((s) => {
          const dots = data.map((row, i) => {
            const value = num(row, s.key);
            return { x: px(x(i) + slot / 2), y: px(y(value)), title: title(i, s, value) };
          });
          return { color: s.color, points: dots.map((d) => `${d.x},${d.y}`).join(' '), dots };
        })
      : [];

  return {
    label,
    width: WIDTH,
    height,
    font: FONT,
    legend: series.length > 1 ? series.map((s, i) => ({ x: LEFT + i * 120, color: s.color, label: s.label })) : [],
    ticks: tickValues.map((tick) => ({ y: px(y(tick)), text: format(tick), dashed: tick !== 0 })),
    plot: { left: LEFT, right: WIDTH - RIGHT },
    bars,
    lines,
    categories: names.map((name, i) => ({ x: px(x(i) + slot / 2), y: px(top + plotHeight + FONT + 2), text: shortLabel(name), rotate })),
  };
}
