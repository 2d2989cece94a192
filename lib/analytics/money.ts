/** Why: prices and totals are decimal strings in the data; every sum and comparison goes through decimal.js. */
import Decimal from 'decimal.js';

export { Decimal };

/** A decimal from the data; anything that is not a finite number counts as zero rather than poisoning a sum. */
export function dec(value: unknown): Decimal {
  try {
    const d = new Decimal(typeof value === 'number' || typeof value === 'string' ? value : String(value ?? 0));
    return d.isFinite() ? d : new Decimal(0);
  } catch {
    return new Decimal(0);
  }
}

export function sumDecimals(values: Iterable<unknown>): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(dec(value));
  return total;
}

/** Display form: 2 decimals, thousands grouped, rounded half up; the exact string is kept for CSV and tests. */
export function formatMoney(value: Decimal | string): string {
  const fixed = (typeof value === 'string' ? dec(value) : value).toFixed(2);
  return fixed.replace(/\B(?=(\d{3})+(?!\d))(?=\d*\.)/g, ',');
}

export function formatPrice(value: string): string {
  return dec(value).toDecimalPlaces(4).toString();
}
