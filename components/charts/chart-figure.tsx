import type { ReactNode } from 'react';
import { DataTable, type Column } from '@/components/ui/data-table';

/**
 * A chart with its numbers: a titled figure, the chart, the same rows as an accessible table, and optionally a
 * CSV download of exactly those rows.
 */
export function ChartFigure<T>({
  title,
  description,
  chart,
  columns,
  rows,
  rowKey,
  csvHref,
  empty = 'No data for this period.',
}: {
  title: string;
  description?: string;
  chart: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  csvHref?: string;
  empty?: string;
}) {
  return (
    <figure className="min-w-0 space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2">
        <span>
          <span className="block text-base font-semibold">{title}</span>
          {description && <span className="block text-sm text-slate-600">{description}</span>}
        </span>
        {csvHref && (
          <a href={csvHref} download className="text-sm font-medium text-brand-700 hover:underline">
            Download CSV<span className="sr-only">: {title}</span>
          </a>
        )}
      </figcaption>
      {rows.length > 0 && chart}
      <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} empty={empty} />
    </figure>
  );
}
