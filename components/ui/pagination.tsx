import Link from 'next/link';
import { pageHref, totalPages } from '@/lib/pagination';

/** Link-based pagination (works without JavaScript, keeps every other filter in the URL). */
export function Pagination({
  pathname,
  params,
  page,
  pageSize,
  total,
  label = 'Pages',
}: {
  pathname: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  label?: string;
}) {
  const pages = totalPages(total, pageSize);
  const link = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50';
  const off = 'rounded-md border border-slate-200 px-3 py-1.5 text-slate-500';
  if (page > pages)
    return (
      <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-1.5 text-amber-900">
          Page {page} is past the end: there {pages === 1 ? 'is 1 page' : `are ${pages} pages`} ({total.toLocaleString('en-US')} in all).
        </p>
        <Link href={pageHref(pathname, params, pages)} className={link}>
          Go to the last page ({pages})
        </Link>
      </nav>
    );
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={pageHref(pathname, params, page - 1)} className={link} rel="prev">
          Previous
        </Link>
      ) : (
        <span className={off} aria-disabled="true">
          Previous
        </span>
      )}
      <span aria-current="page">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={pageHref(pathname, params, page + 1)} className={link} rel="next">
          Next
        </Link>
      ) : (
        <span className={off} aria-disabled="true">
          Next
        </span>
      )}
      <span className="text-slate-500">{total.toLocaleString('en-US')} in all</span>
    </nav>
  );
}
