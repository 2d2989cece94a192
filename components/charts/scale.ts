/** Why: the SVG charts' axis arithmetic, kept pure so it is tested without rendering. */

/** Round axis ticks from 0 to at least `max`: steps of 1, 2 or 5 × 10^n, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** A category label short enough for its slot; the full text stays in the bar's tooltip and the table. */
export function shortLabel(label: string, maxChars = 14): string {
  return label.length <= maxChars ? label : `${label.slice(0, maxChars - 1)}…`;
}
