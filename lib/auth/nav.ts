/** Why: the header's links per role, derived from the area and permission rules rather than listed per page. */
import { may, type Operation } from './permissions';
import { AREA_LABEL, areasFor, type Role } from './roles';

export type NavLink = { href: string; label: string };

/** Pages inside an area that get their own header link, each behind the operation it needs. */
const SECTION_LINKS: { href: string; label: string; operation: Operation }[] = [
  { href: '/management/sync', label: 'Sync statistics', operation: 'stats.read' },
  { href: '/admin/sync', label: 'Sync jobs', operation: 'sync.queue' },
  { href: '/admin/sync/schedules', label: 'Schedules', operation: 'sync.schedule' },
  { href: '/admin/users', label: 'Users', operation: 'users.manage' },
  { href: '/admin/audit', label: 'Audit log', operation: 'audit.read' },
];

export function navLinksFor(role: Role): NavLink[] {
  const areas = areasFor(role).map((area) => ({ href: `/${area}`, label: AREA_LABEL[area] }));
  return [...areas, ...SECTION_LINKS.filter((link) => may(role, link.operation)).map(({ href, label }) => ({ href, label }))];
}
