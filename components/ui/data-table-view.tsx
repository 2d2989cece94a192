'use client';
/**
 * Why: DataTable's markup, as a client component fed the cells its server parent already computed. A server
 * component's elements each travel twice (rendered to the RSC payload, then from it to HTML); cells given as props
 * travel as plain strings, and the rows are rendered once, into the HTML. The server page still formats every value.
 */
import type { ReactNode } from 'react';

/** A cell's classes, or none at all (undefined renders no attribute). */
function cellClass(...classes: (string | false | undefined)[]): string | undefined {
  return classes.filter(Boolean).join(' ') || undefined;
}

export type ColumnHead = { header: string; numeric?: boolean; className?: string };

export function DataTableView({
  caption,
  captionVisible,
  heads,
  keys,
  cells,
  empty,
}: {
  caption: string;
  captionVisible: boolean;
  heads: ColumnHead[];
  keys: (string | number)[];
  cells: ReactNode[][];
  empty: ReactNode;
}) {
  // Each column's cell classes, worked out once rather than for every row.
  const cellClasses = heads.map((head) => cellClass(head.numeric && 'text-right tabular-nums', head.className));
  return (
    // Focusable so keyboard users can scroll a table wider than a phone; relative so visually hidden text inside stays inside.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      {/* Cell padding is set once on the table: a long list then carries no per-cell classes. */}
      <table className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
        <caption className={captionVisible ? 'px-3 py-2 text-left font-medium text-slate-700' : 'sr-only'}>{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            {heads.map((head) => (
              <th key={head.header} scope="col" className={cellClass('whitespace-nowrap', head.numeric && 'text-right', head.className)}>
                {head.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {cells.length === 0 && (
            <tr>
              <td colSpan={heads.length} className="py-6! text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
          {cells.map((row, r) => (
            <tr key={keys[r]}>
              {row.map((cell, c) => (
                <td key={heads[c].header} className={cellClasses[c]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
