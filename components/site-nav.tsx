'use client';
/**
 * Why: the header's navigation, grouped per area (lib/auth/nav.ts decides the groups on the server), with the
 * current page marked (aria-current). Wide screens show one entry per area, a disclosure menu where an area has
 * several pages; narrow screens fold everything into one "Menu" disclosure. A menu closes on navigation and Escape.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useId, useState } from 'react';
import { currentHref, type NavGroup } from '@/lib/auth/nav';

const ITEM =
  'block rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-900';

export function SiteNav({ groups }: { groups: NavGroup[] }) {
  const pathname = usePathname();
  const current = currentHref(groups, pathname);
  // A menu stays open only on the page it was opened on, so any navigation closes it.
  const [open, setOpen] = useState<{ menu: string; path: string } | null>(null);
  const openMenu = open?.path === pathname ? open.menu : null;
  const toggle = (menu: string) => setOpen(openMenu === menu ? null : { menu, path: pathname });
  const close = () => setOpen(null);
  const id = useId();
  const mark = (href: string) => (href === current ? ('page' as const) : undefined);

  return (
    <nav aria-label="Main" className="text-sm" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="md:hidden">
        <DisclosureButton expanded={openMenu === 'all'} controls={`${id}-all`} onClick={() => toggle('all')} marked={current !== null}>
          Menu
        </DisclosureButton>
        {openMenu === 'all' && (
          <div id={`${id}-all`} className="absolute inset-x-0 top-full z-20 space-y-3 border-b border-slate-200 bg-white px-4 py-3 shadow-md">
            {groups.map((group) => (
              <div key={group.area}>
                <p className="px-2 text-xs font-semibold uppercase text-slate-600">{group.label}</p>
                <ul className="mt-1 grid grid-cols-2 gap-1">
                  <LinkItems links={group.links} mark={mark} onNavigate={close} />
                </ul>
              </div>
            ))}
          </div>
        )}
      </div>
      <ul className="hidden items-center gap-1 md:flex">
        {groups.map((group) => {
          const inGroup = group.links.some((link) => link.href === current);
          if (group.links.length === 1)
            return (
              <li key={group.area}>
                <Link href={group.links[0].href} aria-current={mark(group.links[0].href)} className={ITEM}>
                  {group.label}
                </Link>
              </li>
            );
          const menuId = `${id}-${group.area}`;
          return (
            <li key={group.area} className="relative">
              <DisclosureButton expanded={openMenu === group.area} controls={menuId} onClick={() => toggle(group.area)} marked={inGroup}>
                {group.label}
              </DisclosureButton>
              {openMenu === group.area && (
                <ul id={menuId} className="absolute left-0 top-full z-20 mt-1 min-w-44 rounded-md border border-slate-200 bg-white p-1 shadow-md">
                  <LinkItems links={group.links} mark={mark} onNavigate={close} />
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function LinkItems({ links, mark, onNavigate }: { links: NavGroup['links']; mark: (href: string) => 'page' | undefined; onNavigate: () => void }) {
  return links.map((link) => (
    <li key={link.href}>
      <Link href={link.href} aria-current={mark(link.href)} className={ITEM} onClick={onNavigate}>
        {link.label}
      </Link>
    </li>
  ));
}

function DisclosureButton({
  expanded,
  controls,
  marked,
  onClick,
  children,
}: {
  expanded: boolean;
  controls: string;
  marked: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      aria-current={marked ? 'true' : undefined}
      onClick={onClick}
      className="flex items-center gap-1 rounded px-2 py-1 text-slate-700 hover:bg-slate-100 aria-[current=true]:font-semibold aria-[current=true]:text-brand-900"
    >
      {children}
      <span aria-hidden="true" className="text-xs">
        {expanded ? '▴' : '▾'}
      </span>
    </button>
  );
}
