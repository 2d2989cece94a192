'use client';
import { useState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { COLUMN_TYPE_LABELS, COLUMN_TYPES, columnMap, type ColumnSpec, type ColumnType } from '@/lib/validation/column-map';
import { CONTROL, ColumnMapTextCell } from './column-map-text-cell';

/** The submitted map back as rows; anything unreadable gives no rows (the admin proposes again). */
function rowsOf(json: string | undefined): ColumnSpec[] {
  try {
    const parsed = JSON.parse(json ?? '') as unknown;
    return Array.isArray(parsed) ? (parsed as ColumnSpec[]) : [];
  } catch {
    return [];
  }
}

/** A row as the map stores it: length only for strings, scale only for decimals, nullable only when turned off. */
function normalized(c: ColumnSpec): ColumnSpec {
  const { length, scale, nullable, ...rest } = c;
  return {
    ...rest,
    ...(c.type === 'string' ? { length: length ?? 255 } : {}),
    ...(c.type === 'decimal' ? { scale: scale ?? 0 } : {}),
    ...(nullable === false && c.field !== '_id' ? { nullable: false } : {}),
  };
}

/**
 * A MongoDB → MySQL column map, editable row by row (field, column, MySQL type, length or scale, nullable). The
 * rows travel in the hidden `columns` field and come back in `initial` after any error, so nothing typed is lost;
 * they are checked here with the same schema the server parses them with. The select and the checkbox keep their
 * state as defaults: React resets an action form after it runs, which puts a controlled select back on its first option.
 */
export function ColumnMapEditor({ initial, error }: { initial: string | undefined; error?: string }) {
  const [rows, setRows] = useState<ColumnSpec[]>(() => rowsOf(initial).map(normalized));
  const update = (i: number, change: Partial<ColumnSpec>) => setRows(rows.map((row, k) => (k === i ? normalized({ ...row, ...change }) : row)));
  const checked = rows.length ? columnMap.safeParse(rows) : null;
  const problems = [...new Set(checked && !checked.success ? checked.error.issues.map((issue) => issue.message) : [])];
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text));

  return (
    <section aria-labelledby="column-map-title" className="min-w-0 space-y-3 rounded-md border border-slate-200 p-4 md:col-span-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="column-map-title" className="text-base font-semibold">
          Column map (MongoDB → MySQL)
        </h2>
        <SubmitButton name="intent" value="propose" variant="secondary" pendingText="Sampling…">
          Propose column map
        </SubmitButton>
      </div>
      <p className="text-sm text-slate-600">
        Proposed from a sample of the source on the server; edit any row before queueing. A new table is created from this map; an existing one must match it.
      </p>
      <input type="hidden" name="columns" value={rows.length ? JSON.stringify(rows) : ''} />
      {rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="column-map">
            <thead>
              <tr className="text-left text-slate-600">
                <th className="px-2 py-1 font-medium">Field</th>
                <th className="px-2 py-1 font-medium">Column</th>
                <th className="px-2 py-1 font-medium">MySQL type</th>
                <th className="px-2 py-1 font-medium">Length / scale</th>
                <th className="px-2 py-1 font-medium">Nullable</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className="align-top">
                  <ColumnMapTextCell label={`Field of row ${i + 1}`} value={row.field} onChange={(field) => update(i, { field })} />
                  <ColumnMapTextCell label={`Column name for ${row.field}`} value={row.column} mono onChange={(column) => update(i, { column })} />
                  <td className="px-2 py-1">
                    <select
                      aria-label={`MySQL type for ${row.field}`}
                      className={`${CONTROL} min-w-44`}
                      defaultValue={row.type}
                      onChange={(e) => update(i, { type: e.target.value as ColumnType })}
                    >
                      {COLUMN_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {COLUMN_TYPE_LABELS[type]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-2 py-1">
                    {row.type === 'string' || row.type === 'decimal' ? (
                      <input
                        aria-label={`${row.type === 'string' ? 'Length' : 'Scale'} for ${row.field}`}
                        className={`${CONTROL} w-24`}
                        type="number"
                        min={row.type === 'string' ? 1 : 0}
                        value={(row.type === 'string' ? row.length : row.scale) ?? ''}
                        onChange={(e) => update(i, row.type === 'string' ? { length: number(e.target.value) } : { scale: number(e.target.value) })}
                      />
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                  <td className="px-2 py-1">
                    <input
                      type="checkbox"
                      aria-label={`${row.field} may be null`}
                      className="mt-1.5 h-4 w-4"
                      defaultChecked={row.field !== '_id' && row.nullable !== false}
                      disabled={row.field === '_id'}
                      onChange={(e) => update(i, { nullable: e.target.checked ? undefined : false })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(problems.length > 0 || error) && (
        <ul id="columns-error" role="alert" className="list-disc pl-5 text-sm text-red-600">
          {error && <li>{error}</li>}
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
