import { describe, expect, it } from 'vitest';
import { currentHref, navGroupsFor } from '@/lib/auth/nav';

describe('navigation per role', () => {
  it('groups an admin’s nine destinations under the four areas', () => {
    const groups = navGroupsFor('admin');
    expect(groups.map((g) => g.label)).toEqual(['Customer', 'Technician', 'Management', 'Admin']);
    expect(groups.find((g) => g.area === 'admin')!.links.map((l) => l.label)).toEqual(['Overview', 'Sync jobs', 'Schedules', 'Users', 'Audit log']);
    expect(groups.find((g) => g.area === 'management')!.links.map((l) => l.href)).toEqual(['/management', '/management/sync']);
  });
  it('shows a customer only their own area', () => {
    expect(navGroupsFor('customer')).toEqual([{ area: 'customer', label: 'Customer', links: [{ href: '/customer', label: 'Overview' }] }]);
  });
  it('marks the deepest entry a path falls under', () => {
    const groups = navGroupsFor('admin');
    expect(currentHref(groups, '/admin/sync/42')).toBe('/admin/sync');
    expect(currentHref(groups, '/admin/sync/schedules/3')).toBe('/admin/sync/schedules');
    expect(currentHref(groups, '/admin')).toBe('/admin');
    expect(currentHref(groups, '/administrator')).toBeNull();
    expect(currentHref(groups, '/profile')).toBeNull();
  });
});
