import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkAccess } from '@/lib/auth/dal';
import { AREAS, ROLES, mayOpenArea, type Area, type Role } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { revokeOtherSessions, revokeSession } from '@/lib/db/queries/sessions';
import { updateUser } from '@/lib/db/queries/users';
import { sessions } from '@/lib/db/schema';
import { makeSession, makeUser } from '../support/users';

const claimsFor = (user: { id: number; role: Role }, sessionId: string) => ({ userId: user.id, role: user.role, sessionId, expiresAt: Date.now() + 60_000 });

const MATRIX: Record<Role, Area[]> = {
  customer: ['customer'],
  technician: ['technician'],
  management: ['management'],
  admin: ['customer', 'technician', 'management', 'admin'],
};

describe('role × area matrix (DESIGN.md §3)', () => {
  for (const role of ROLES) {
    for (const area of AREAS) {
      const allowed = MATRIX[role].includes(area);
      it(`${role} ${allowed ? 'may' : 'may not'} open /${area}`, async () => {
        expect(mayOpenArea(role, area)).toBe(allowed);
        const user = await makeUser(role);
        const access = await checkAccess(claimsFor(user, await makeSession(user.id)), area);
        expect(access.ok ? 200 : access.status).toBe(allowed ? 200 : 403);
      });
    }
  }
});

describe('requireRole refuses dead sessions', () => {
  it('accepts a live session', async () => {
    const user = await makeUser('technician');
    const access = await checkAccess(claimsFor(user, await makeSession(user.id)), 'technician');
    expect(access.ok && access.current.user.id).toBe(user.id);
  });

  it('refuses a revoked session', async () => {
    const user = await makeUser();
    const sid = await makeSession(user.id);
    expect((await checkAccess(claimsFor(user, sid), 'customer')).ok).toBe(true);
    expect(await revokeSession(user.id, sid)).toBe(true);
    expect(await checkAccess(claimsFor(user, sid), 'customer')).toEqual({ ok: false, status: 401 });
  });

  it('refuses an expired session', async () => {
    const user = await makeUser();
    const sid = await makeSession(user.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await checkAccess(claimsFor(user, sid), 'customer')).toEqual({ ok: false, status: 401 });
  });

  it('refuses a disabled user', async () => {
    const user = await makeUser();
    const sid = await makeSession(user.id);
    expect((await checkAccess(claimsFor(user, sid), 'customer')).ok).toBe(true);
    await updateUser(user.id, { status: 'disabled' });
    expect(await checkAccess(claimsFor(user, sid), 'customer')).toEqual({ ok: false, status: 401 });
  });

  it('refuses a token issued for a role the user no longer has', async () => {
    const user = await makeUser('admin');
    const sid = await makeSession(user.id);
    expect((await checkAccess(claimsFor(user, sid), 'admin')).ok).toBe(true);
    await updateUser(user.id, { role: 'customer' });
    expect(await checkAccess(claimsFor(user, sid), 'customer')).toEqual({ ok: false, status: 401 });
  });

  it('refuses a session id that belongs to another user, and no session at all', async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const sid = await makeSession(owner.id);
    expect(await checkAccess(claimsFor(other, sid), 'customer')).toEqual({ ok: false, status: 401 });
    expect(await checkAccess(null, null)).toEqual({ ok: false, status: 401 });
  });

  it('revoking the other sessions keeps the current one', async () => {
    const user = await makeUser();
    const keep = await makeSession(user.id);
    const drop = await makeSession(user.id);
    expect((await checkAccess(claimsFor(user, drop), 'customer')).ok).toBe(true);
    expect(await revokeOtherSessions(user.id, keep)).toBe(1);
    expect(await checkAccess(claimsFor(user, drop), 'customer')).toEqual({ ok: false, status: 401 });
    expect((await checkAccess(claimsFor(user, keep), 'customer')).ok).toBe(true);
    const rows = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.find((r) => r.id === keep)?.revokedAt).toBeNull();
    expect(rows.find((r) => r.id === drop)?.revokedAt).toBeInstanceOf(Date);
  });
});
