import { describe, expect, it } from 'vitest';
import { drawChart } from '@/components/charts/draw';

const months = [
  { month: 'Jan 2026', buy: 120.123456, sell: 80 },
  { month: 'Feb 2026', buy: 0, sell: 40.5 },
  { month: 'Mar 2026', buy: 60, sell: 0 },
];
const series = [
  { key: 'buy', label: 'Bought', color: '#2563eb' },
  { key: 'sell', label: 'Sold', color: '#f59e0b' },
];

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('drawChart', () => {
  it('draws a bar per category and series, each with its value as a tooltip, heights in proportion', () => {
    const drawing = drawChart({ label: 'Traded', kind: 'bar', data: months, xKey: 'month', series });
    expect(drawing.bars).toHaveLength(6);
    expect(drawing.bars.map((b) => b.title)).toContain('Jan 2026 — Bought: 120.123');
    expect(drawing.bars.map((b) => b.title)).toContain('Feb 2026 — Sold: 40.5');
    const [janBuy, janSell] = drawing.bars;
    expect(janBuy.height / janSell.height).toBeCloseTo(120.123456 / 80, 1);
    expect(drawing.bars.find((b) => b.title.startsWith('Feb 2026 — Bought'))!.height).toBe(0);
    // Bars stand on the zero line.
    const zero = drawing.ticks.find((t) => t.text === '0')!;
    for (const bar of drawing.bars) expect(bar.y + bar.height).toBeCloseTo(zero.y, 0);
  });

  it('labels every category, and shows a legend only for more than one series', () => {
    const two = drawChart({ label: 'Traded', kind: 'bar', data: months, xKey: 'month', series });
    expect(two.categories.map((c) => c.text)).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    expect(two.legend.map((l) => l.label)).toEqual(['Bought', 'Sold']);
    expect(drawChart({ label: 'Bought', kind: 'bar', data: months, xKey: 'month', series: [series[0]] }).legend).toEqual([]);
  });

  it('stacks the series of a stacked chart', () => {
    const drawing = drawChart({ label: 'Traded', kind: 'bar', data: months, xKey: 'month', series, stacked: true });
    const [janBuy, janSell] = drawing.bars;
    expect(janSell.x).toBe(janBuy.x);
    expect(janSell.y + janSell.height).toBeCloseTo(janBuy.y, 0);
  });

  it('draws a line chart as one polyline per series through a point per category', () => {
    const drawing = drawChart({ label: 'Runs', kind: 'line', data: months, xKey: 'month', series });
    expect(drawing.bars).toEqual([]);
    expect(drawing.lines).toHaveLength(2);
    expect(drawing.lines[0].dots.map((d) => d.title)).toEqual(['Jan 2026 — Bought: 120.123', 'Feb 2026 — Bought: 0', 'Mar 2026 — Bought: 60']);
    expect(drawing.lines[0].points.split(' ')).toHaveLength(3);
  });

  it('rounds every coordinate to a tenth of a pixel', () => {
    const drawing = drawChart({ label: 'Traded', kind: 'bar', data: months, xKey: 'month', series, unit: 'money' });
    const numbers = [...drawing.bars.flatMap((b) => [b.x, b.y, b.width, b.height]), ...drawing.ticks.map((t) => t.y), ...drawing.categories.map((c) => c.x)];
    expect(Math.max(...numbers.map(decimals))).toBeLessThanOrEqual(1);
  });

  it('rotates long category labels and shortens them, keeping the full name in the tooltip', () => {
    const data = Array.from({ length: 8 }, (_, i) => ({ name: `InvestmentStockFund${i}`, n: i + 1 }));
    const drawing = drawChart({ label: 'Products', kind: 'bar', data, xKey: 'name', series: [{ key: 'n', label: 'Accounts', color: '#000' }] });
    expect(drawing.categories.every((c) => c.rotate)).toBe(true);
    expect(drawing.categories[0].text).toBe('InvestmentSto…');
    expect(drawing.bars[0].title).toBe('InvestmentStockFund0 — Accounts: 1');
  });
});
