import type { ReactNode } from 'react';

/** A cell's classes, or none at all (undefined renders no attribute). */
function cellClass(...classes: (string | false | undefined)[]): string | undefined {
  return classes.filter(Boolean).join(' ') || undefined;
}

export type Column<T> = { header: string; cell: (row: T) => ReactNode; className?: string; numeric?: boolean };

/**
 * One table for every list: a caption for screen readers, a horizontal scroll of its own on narrow screens (the
 * page never scrolls sideways), and an empty state that says what is missing.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  captionVisible = false,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  empty: ReactNode;
  captionVisible?: boolean;
}) {
  return (
    // Focusable so keyboard users can scroll a table wider than a phone; relative so visually hidden text inside stays inside.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      {/* Cell padding is set once on the table: a long list then carries no per-cell classes to render and send. */}
      <table className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
        <caption className={captionVisible ? 'px-3 py-2 text-left font-medium text-slate-700' : 'sr-only'}>{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={cellClass('whitespace-nowrap', column.numeric && 'text-right', column.className)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="py-6! text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.header} className={cellClass(column.numeric && 'text-right tabular-nums', column.className)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
