/**
 * Why: prom-client's Histogram only learns values one observation at a time, but the run-duration histogram is
 * counted in SQL from the durable history on each scrape. This metric hands prom-client's registry the bucket
 * counts as they are, so the exposition format is still written by prom-client.
 */
import type { Metric } from 'prom-client';

export type HistogramCounts = { buckets: readonly number[]; cumulative: number[]; count: number; sum: number };

export function presetHistogram(name: string, help: string, counts: HistogramCounts): Metric {
  const values = [
    ...counts.buckets.map((le, i) => ({ metricName: `${name}_bucket`, labels: { le }, value: counts.cumulative[i] })),
    { metricName: `${name}_bucket`, labels: { le: '+Inf' }, value: counts.count },
    { metricName: `${name}_sum`, labels: {}, value: counts.sum },
    { metricName: `${name}_count`, labels: {}, value: counts.count },
  ];
  const metric = { name, help, type: 'histogram', get: async () => ({ name, help, type: 'histogram', values, aggregator: 'sum' }), reset: () => undefined };
  return metric as unknown as Metric;
}
