/** Why: the role matrix of DESIGN.md §3 in one edge-safe place, used by the proxy, the DAL and the navigation. */
export const ROLES = ['customer', 'technician', 'management', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const AREAS = ['customer', 'technician', 'management', 'admin'] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABEL: Record<Area, string> = {
  customer: 'Customer area',
  technician: 'Technician area',
  management: 'Management area',
  admin: 'Admin area',
};

const AREA_ROLES: Record<Area, readonly Role[]> = {
  customer: ['customer', 'admin'],
  technician: ['technician', 'admin'],
  management: ['management', 'admin'],
  admin: ['admin'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function homePath(role: Role): string {
  return `/${role}`;
}

export function mayOpenArea(role: Role, area: Area): boolean {
  return AREA_ROLES[area].includes(role);
}

export function areasFor(role: Role): Area[] {
  return AREAS.filter((area) => mayOpenArea(role, area));
}

/** The role-gated area a path belongs to, or null for paths any signed-in user (or anyone) may open. */
export function areaOfPath(pathname: string): Area | null {
  const first = pathname.split('/')[1] ?? '';
  return (AREAS as readonly string[]).includes(first) ? (first as Area) : null;
}

export const SIGNED_IN_PATHS = ['/profile'];
export const PUBLIC_ONLY_PATHS = ['/login', '/signup'];

/** Whether a signed-in user of this role may open the path (ignores query strings). */
export function mayOpenPath(role: Role, pathname: string): boolean {
  const area = areaOfPath(pathname);
  return area === null || mayOpenArea(role, area);
}
