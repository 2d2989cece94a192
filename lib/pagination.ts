/**
 * Why: every list (jobs, runs, users, audit, transactions) pages in the database from the same URL parameters,
 * and a bad page number gets the same clear message everywhere instead of an empty table or a 500.
 */
import { z } from 'zod';

export type PageRequest = { page: number; pageSize: number; offset: number };
export type PageResult<T> = { rows: T[]; total: number; page: number; pageSize: number };

const pageParam = z.coerce
  .number({ error: 'Page must be a number' })
  .int('Page must be a whole number')
  .min(1, 'Page numbers start at 1')
  .max(100_000, 'Page number is too large');

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: SearchParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** The page asked for (default 1), or the message to show when the parameter is not a valid page number. */
export function parsePage(params: SearchParams, pageSize: number): { ok: true; value: PageRequest } | { ok: false; error: string } {
  const raw = first(params, 'page');
  const parsed = pageParam.safeParse(raw === undefined || raw === '' ? 1 : raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid page number' };
  return { ok: true, value: { page: parsed.data, pageSize, offset: (parsed.data - 1) * pageSize } };
}

export function totalPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The same query string with one page number changed (other filters kept), for link-based pagination. */
export function pageHref(pathname: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '' && key !== 'page') query.set(key, value);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}
