import { SYNC_RUN_STATES } from '@/lib/db/schema';
import { DateInput } from '@/components/ui/date-input';

const INPUT = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** A plain GET form: filters live in the URL, so they survive reloads and paging. */
export function RunFilters({ action, values, error }: { action: string; values: Record<string, string | undefined>; error?: string }) {
  return (
    <form action={action} method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6" aria-label="Narrow the run history">
      <div>
        <label htmlFor="f-state" className="text-sm font-medium text-slate-700">
          State
        </label>
        <select id="f-state" name="state" defaultValue={values.state ?? ''} className={INPUT}>
          <option value="">All states</option>
          {SYNC_RUN_STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="lg:col-span-2">
        <label htmlFor="f-q" className="text-sm font-medium text-slate-700">
          Source or target contains
        </label>
        <input id="f-q" name="q" defaultValue={values.q ?? ''} className={INPUT} placeholder="e.g. sample.customers" />
      </div>
      <div>
        <label htmlFor="f-who" className="text-sm font-medium text-slate-700">
          Who
        </label>
        <input id="f-who" name="who" defaultValue={values.who ?? ''} className={INPUT} placeholder="username, schedule, cli" />
      </div>
      <div>
        <label htmlFor="f-from" className="text-sm font-medium text-slate-700">
          From
        </label>
        <DateInput id="f-from" name="from" defaultValue={values.from ?? ''} className={INPUT} />
      </div>
      <div>
        <label htmlFor="f-to" className="text-sm font-medium text-slate-700">
          To
        </label>
        <DateInput id="f-to" name="to" defaultValue={values.to ?? ''} className={INPUT} />
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
          Apply filters
        </button>
        <a href={action} className="text-sm font-medium text-brand-700 hover:underline">
          Clear
        </a>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
