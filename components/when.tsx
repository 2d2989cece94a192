import { formatDay, formatInstant, formatMonthKey } from '@/lib/format-time';

/** A rendered date: a <time> element in the product's one format (a calendar day when `day` is set). */
export function When({ at, day = false, missing = '—' }: { at: Date | number | string | null | undefined; day?: boolean; missing?: string }) {
  if (at === null || at === undefined || at === '' || at === 0) return <>{missing}</>;
  const date = new Date(at);
  return <time dateTime={day ? date.toISOString().slice(0, 10) : date.toISOString()}>{day ? formatDay(date) : formatInstant(date)}</time>;
}

/** A calendar month from its "2026-11" key: <time dateTime="2026-11">Nov 2026</time> (any other text as it came). */
export function WhenMonth({ month }: { month: string }) {
  const text = formatMonthKey(month);
  return text === month ? <>{month}</> : <time dateTime={month}>{text}</time>;
}
