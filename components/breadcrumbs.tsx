import Link from 'next/link';
import type { NavLink } from '@/lib/auth/nav';

/** Where a detail page sits: its parents as links, then the page itself (marked current). */
export function Breadcrumbs({ trail, current }: { trail: NavLink[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <ol className="flex flex-wrap items-center gap-x-1 text-slate-600">
        {trail.map((link) => (
          <li key={link.href} className="flex items-center gap-1">
            <Link href={link.href} className="font-medium text-brand-700 hover:underline">
              {link.label}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="min-w-0 truncate">
          {current}
        </li>
      </ol>
    </nav>
  );
}
