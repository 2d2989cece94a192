import type { InputHTMLAttributes } from 'react';

/**
 * The one date input of the product (filters and the birth date alike): the browser's date picker, which shows the
 * day in the reader's own way and posts YYYY-MM-DD, the form every date schema (lib/validation/dates.ts) reads.
 */
export function DateInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return <input min="1900-01-01" max="9999-12-31" {...props} type="date" />;
}
