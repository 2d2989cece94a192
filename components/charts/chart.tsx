/**
 * Why: every chart in the portal is this one component, fed by server queries: the geometry is worked out here on the
 * server (draw.ts) and drawn as SVG by ChartView, with no chart library in the browser. The same numbers are in a
 * table beside it (ChartFigure).
 */
import { ChartView } from './chart-view';
import { drawChart, type ChartSpec } from './draw';

export type { ChartRow, ChartSeries, ChartUnit } from './draw';

export function Chart(spec: ChartSpec) {
  return <ChartView drawing={drawChart(spec)} />;
}
