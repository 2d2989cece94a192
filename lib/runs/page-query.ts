/**
 * Why: the jobs page and its JSON route turn the same query string into the same SQL filters and page, so the
 * live table polls exactly what the server rendered.
 */
import { parsePage } from '../pagination';
import { firstValues, runFiltersSchema, toRunFilters } from '../validation/run-filters';
import { listRunsWithLive, type RunList } from './list';

export type RunQuery =
  | { ok: true; list: () => Promise<RunList>; params: Record<string, string | undefined>; query: string }
  | { ok: false; error: string; params: Record<string, string | undefined> };

export function parseRunQuery(raw: Record<string, string | string[] | undefined> | URLSearchParams): RunQuery {
  const params = firstValues(raw);
  const filters = runFiltersSchema.safeParse(params);
  if (!filters.success) return { ok: false, error: filters.error.issues.map((i) => i.message).join('; '), params };
  const page = parsePage(params, filters.data.pageSize);
  if (!page.ok) return { ok: false, error: page.error, params };
  const kept = Object.fromEntries(Object.entries({ state: params.state, q: params.q, who: params.who, from: params.from, to: params.to }).filter(([, v]) => v));
  const query = new URLSearchParams({ ...kept, page: String(page.value.page), pageSize: String(page.value.pageSize) }).toString();
  return { ok: true, params: kept, query, list: () => listRunsWithLive(toRunFilters(filters.data), page.value.page, page.value.pageSize) };
}
