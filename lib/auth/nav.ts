/**
 * Why: the header's navigation per role, derived from the area and permission rules (roles.ts, permissions.ts)
 * rather than listed per page: one group per area the role may open, holding the area's pages the role may use.
 */
import { may, type Operation } from './permissions';
import { AREA_LABEL, areaOfPath, areasFor, type Area, type Role } from './roles';

export type NavLink = { href: string; label: string };
export type NavGroup = { area: Area; label: string; links: NavLink[] };

/** Pages inside an area that get their own menu entry, each behind the operation it needs. */
const SECTION_LINKS: { href: string; label: string; operation: Operation }[] = [
  { href: '/management/sync', label: 'Sync statistics', operation: 'stats.read' },
  { href: '/admin/sync', label: 'Sync jobs', operation: 'sync.queue' },
  { href: '/admin/sync/schedules', label: 'Schedules', operation: 'sync.schedule' },
  { href: '/admin/users', label: 'Users', operation: 'users.manage' },
  { href: '/admin/audit', label: 'Audit log', operation: 'audit.read' },
];

export function navGroupsFor(role: Role): NavGroup[] {
  return areasFor(role).map((area) => ({
    area,
    label: AREA_LABEL[area].replace(/ area$/, ''),
    links: [
      { href: `/${area}`, label: 'Overview' },
      ...SECTION_LINKS.filter((link) => areaOfPath(link.href) === area && may(role, link.operation)).map(({ href, label }) => ({ href, label })),
    ],
  }));
}

/** The entry a path belongs to: the longest link that is the path or a parent of it (so /admin/sync/7 is "Sync jobs"). */
export function currentHref(groups: NavGroup[], pathname: string): string | null {
  const hrefs = groups.flatMap((g) => g.links.map((l) => l.href)).filter((href) => pathname === href || pathname.startsWith(`${href}/`));
  return hrefs.sort((a, b) => b.length - a.length)[0] ?? null;
}
