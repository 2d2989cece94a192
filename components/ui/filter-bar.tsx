import Link from 'next/link';
import type { ReactNode } from 'react';
import { DateInput } from './date-input';

const FILTER_CONTROL = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm';

/** A GET form of filters above a list: every filter lands in the URL, so results are linkable and paginate. */
export function FilterBar({
  label,
  action,
  children,
  clearHref,
  error,
}: {
  label: string;
  action: string;
  children: ReactNode;
  clearHref: string;
  error?: string;
}) {
  return (
    <form method="get" action={action} aria-label={label} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
          Apply filters
        </button>
        <Link href={clearHref} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">
          Clear
        </Link>
      </div>
    </form>
  );
}

export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value?: string;
  options: readonly (string | { value: string; label: string })[];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ''}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
      >
        {options.map((option) => {
          const { value: v, label: l } = typeof option === 'string' ? { value: option, label: option || 'Any' } : option;
          return (
            <option key={v} value={v}>
              {l}
            </option>
          );
        })}
      </select>
    </div>
  );
}

export function FilterInput({
  label,
  name,
  value,
  type = 'text',
  placeholder,
}: {
  label: string;
  name: string;
  value?: string;
  type?: string;
  placeholder?: string;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {type === 'date' ? (
        <DateInput id={`filter-${name}`} name={name} defaultValue={value ?? ''} className={FILTER_CONTROL} />
      ) : (
        <input id={`filter-${name}`} name={name} type={type} defaultValue={value ?? ''} placeholder={placeholder} className={FILTER_CONTROL} />
      )}
    </div>
  );
}
