/** The column map's form-control look, shared by the editor's cells. */
export const CONTROL = 'block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm outline-none focus:ring-2 focus:ring-brand-600';

/** One editable text cell of a column map row (its MongoDB field or its MySQL column name). */
export function ColumnMapTextCell({
  label,
  value,
  mono = false,
  onChange,
}: {
  label: string;
  value: string;
  mono?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <td className="px-2 py-1">
      <input aria-label={label} className={`${CONTROL} min-w-28${mono ? ' font-mono' : ''}`} value={value} onChange={(e) => onChange(e.target.value)} />
    </td>
  );
}
