'use client';
/**
 * Why: draws a ChartDrawing (draw.ts) as SVG. A client component so the page carries the drawing's plain numbers and
 * labels once, rather than every SVG element twice (in the payload and in the HTML); it has no state and draws the
 * same on the server and in the browser.
 */
import type { ChartDrawing } from './draw';

export function ChartView({ drawing }: { drawing: ChartDrawing }) {
  const { width, height, font, plot } = drawing;
  return (
    <svg
      role="img"
      aria-label={`${drawing.label} (chart; the table below lists the same figures)`}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      style={{ maxHeight: height }}
      fontSize={font}
      fill="#334155"
    >
      {drawing.legend.map((entry) => (
        <g key={entry.label} transform={`translate(${entry.x}, 4)`}>
          <rect width={font} height={font} fill={entry.color} />
          <text x={font + 4} y={font - 2}>
            {entry.label}
          </text>
        </g>
      ))}
      {drawing.ticks.map((tick) => (
        <g key={tick.y}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#e2e8f0" strokeDasharray={tick.dashed ? '3 3' : undefined} />
          <text x={plot.left - 6} y={tick.y + font / 3} textAnchor="end">
            {tick.text}
          </text>
        </g>
      ))}
      {drawing.bars.map((bar, i) => (
        <rect key={i} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.color}>
          <title>{bar.title}</title>
        </rect>
      ))}
      {drawing.lines.map((line, n) => (
        <g key={n}>
          <polyline fill="none" stroke={line.color} strokeWidth={2} points={line.points} />
          {line.dots.map((dot, i) => (
            <circle key={i} cx={dot.x} cy={dot.y} r={3} fill={line.color}>
              <title>{dot.title}</title>
            </circle>
          ))}
        </g>
      ))}
      {drawing.categories.map((category, i) => (
        <text
          key={i}
          x={category.x}
          y={category.y}
          textAnchor={category.rotate ? 'end' : 'middle'}
          transform={category.rotate ? `rotate(-40 ${category.x} ${category.y - font / 2})` : undefined}
          data-testid="chart-category"
        >
          {category.text}
        </text>
      ))}
    </svg>
  );
}
