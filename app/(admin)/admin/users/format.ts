/** Dates on the admin pages: UTC, to the minute, so every admin reads the same time. */
export function formatWhen(date: Date | null): string {
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'Never';
}
