/**
 * Why: the product shows instants one way — day, short month, year, 24-hour time with seconds, in UTC and saying
 * so ("3 Dec 2026, 17:23:55 UTC") — on pages, in job logs and on the console, and calendar days as the date part
 * of the same ("3 Dec 2026"). Built from UTC fields rather than Intl so the server's render and every browser agree
 * (ICU versions differ: en-GB writes "Sept" in some, "Sep" in others).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "3 Dec 2026" — a calendar day (UTC). */
export function formatDay(at: Date | number): string {
  const d = new Date(at);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "3 Dec 2026, 17:23:55 UTC" */
export function formatInstant(at: Date | number): string {
  const d = new Date(at);
  return `${formatDay(d)}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`;
}

/** "Dec 2026" for a "2026-12" month key (analytics months, as SQL and the CSV exports write them); anything else is returned as it came. */
export function formatMonthKey(key: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : key;
}

/** The one pattern every rendered date matches (tests hold pages to it): an instant, a day, or a month ("Dec 2026"). */
export const DATE_PATTERN =
  /^(\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$|^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}:\d{2} UTC$/;
