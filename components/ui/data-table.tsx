import type { ReactNode } from 'react';
import { DataTableView } from './data-table-view';

export type Column<T> = { header: string; cell: (row: T) => ReactNode; className?: string; numeric?: boolean };

/**
 * One table for every list: a caption for screen readers, a horizontal scroll of its own on narrow screens (the
 * page never scrolls sideways), and an empty state that says what is missing. The cells are computed here, where
 * the rows are; DataTableView draws them.
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
    <DataTableView
      caption={caption}
      captionVisible={captionVisible}
      heads={columns.map(({ header, numeric, className }) => ({ header, numeric, className }))}
      keys={rows.map(rowKey)}
      cells={rows.map((row) => columns.map((column) => column.cell(row)))}
      empty={empty}
    />
  );
}
