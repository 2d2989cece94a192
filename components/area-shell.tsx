import type { NavLink } from '@/lib/auth/nav';
import { Breadcrumbs } from './breadcrumbs';

/**
 * The page's own part of a signed-in page (its group's layout.tsx draws the header and banner): breadcrumbs on
 * detail pages, heading, then content.
 */
export function AreaShell({ title, description, trail, children }: { title: string; description?: string; trail?: NavLink[]; children?: React.ReactNode }) {
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      {trail && <Breadcrumbs trail={trail} current={title} />}
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {description && <p className="mt-1 text-slate-600">{description}</p>}
      <div className="mt-6 space-y-6">{children}</div>
    </main>
  );
}
