/**
 * Why: every page shows instants one way — day month year, 24-hour time, in UTC and saying so — so the server's
 * render and the browser's agree (no locale or timezone drift between them) and users compare like with like.
 */
const MINUTES = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const SECONDS = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

/** "27 Nov 2026, 17:24 UTC" */
export function formatUtcMinutes(at: Date | number): string {
  return `${MINUTES.format(at)} UTC`;
}

/** "27 Nov 2026, 17:24:05 UTC" */
export function formatUtcSeconds(at: Date | number): string {
  return `${SECONDS.format(at)} UTC`;
}

/** An instant that may be missing (never signed in, never run): `missing` instead. */
export function formatUtcMinutesOr(at: Date | number | null, missing: string): string {
  return at === null ? missing : formatUtcMinutes(at);
}
