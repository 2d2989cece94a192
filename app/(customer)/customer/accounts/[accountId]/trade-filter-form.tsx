import Link from 'next/link';
import { DateInput } from '@/components/ui/date-input';
import type { TradeFilter, TradeFilterErrors } from '@/lib/validation/analytics';

const INPUT = 'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm';

function Labelled({ name, label, error, children }: { name: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

/** A plain GET form: the filter lives in the URL, so it pages, bookmarks and works without JavaScript. */
export function TradeFilterForm({
  action,
  raw,
  errors,
  symbols,
  userId,
}: {
  action: string;
  raw: Record<keyof TradeFilter, string>;
  errors: TradeFilterErrors;
  symbols: string[];
  userId?: number;
}) {
  const attrs = (name: keyof TradeFilter) => ({
    id: name,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${name}-error` : undefined,
    className: `${INPUT} ${errors[name] ? 'border-red-500' : 'border-slate-300'}`,
  });
  return (
    <form method="get" action={action} aria-label="Filter transactions" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-start">
      {userId !== undefined && <input type="hidden" name="user" value={userId} />}
      <Labelled name="from" label="From" error={errors.from}>
        <DateInput {...attrs('from')} defaultValue={raw.from} />
      </Labelled>
      <Labelled name="to" label="To" error={errors.to}>
        <DateInput {...attrs('to')} defaultValue={raw.to} />
      </Labelled>
      <Labelled name="symbol" label="Symbol" error={errors.symbol}>
        <input {...attrs('symbol')} defaultValue={raw.symbol} list="symbols" autoComplete="off" />
        <datalist id="symbols">
          {symbols.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </Labelled>
      <Labelled name="side" label="Buy or sell" error={errors.side}>
        <select {...attrs('side')} defaultValue={raw.side}>
          <option value="">Both</option>
          <option value="buy">Buy</option>
          <option value="sell">Sell</option>
        </select>
      </Labelled>
      <div className="flex items-end gap-3 pt-6">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
          Apply
        </button>
        <Link href={userId !== undefined ? `${action}?user=${userId}` : action} className="py-2 text-sm font-medium text-brand-700 hover:underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
