import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { manageUser, type ManageUserCommand } from '@/lib/accounts/manage-user';
import { createStaffUser } from '@/lib/accounts/create-staff-user';
import { authenticate } from '@/lib/auth/authenticate';
import { loadLiveSession } from '@/lib/auth/dal';
import { db } from '@/lib/db';
import { auditEvents, users, type User } from '@/lib/db/schema';
import { findUserById } from '@/lib/db/queries/users';
import { closeEmailQueue, getEmailQueue } from '@/lib/mail/queue';
import { makeSession, makeUser, TEST_PASSWORD } from '../support/users';
import { queuedMailTo, randomIp } from './support';

afterAll(async () => {
  await getEmailQueue().obliterate({ force: true });
  await closeEmailQueue();
});

const actorOf = (user: User) => ({ id: user.id, username: user.username, ip: '192.0.2.7' });
const activeAdmins = async () =>
  (
    await db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.status, 'active')))
  )[0].n;
const lastId = async () => (await db.select({ id: sql<number>`coalesce(max(id), 0)` }).from(auditEvents))[0].id;
const auditSince = (id: number) => db.select().from(auditEvents).where(gt(auditEvents.id, id));
const claims = (user: User, sessionId: string) => ({ userId: user.id, sessionId, role: user.role, expiresAt: Date.now() + 3_600_000 });

// The guard tests count admins: start each from no active admin but the ones the test makes.
beforeEach(async () => {
  await db.update(users).set({ role: 'management' }).where(eq(users.role, 'admin'));
});

describe('guard rails', () => {
  it('nobody changes their own role or disables themselves', async () => {
    const [admin, other] = [await makeUser('admin'), await makeUser('admin')];
    await expect(manageUser(actorOf(admin), { operation: 'change-role', userId: admin.id, role: 'customer' })).rejects.toMatchObject({
      status: 403,
      message: 'You cannot change your own role; ask another admin.',
    });
    await expect(manageUser(actorOf(admin), { operation: 'disable', userId: admin.id, reason: 'x' })).rejects.toMatchObject({
      status: 403,
      message: 'You cannot disable your own account.',
    });
    expect(await findUserById(admin.id)).toMatchObject({ role: 'admin', status: 'active' });
    expect(other.role).toBe('admin');
  });

  it('the last active admin cannot be demoted or disabled', async () => {
    const [a, b] = [await makeUser('admin'), await makeUser('admin')];
    await manageUser(actorOf(a), { operation: 'disable', userId: b.id, reason: 'left' });
    // b is disabled, so a is the last active admin; an admin made from b cannot act, so ask as a stand-in:
    const standIn = await makeUser('technician');
    await expect(manageUser(actorOf(standIn), { operation: 'change-role', userId: a.id, role: 'customer' })).rejects.toMatchObject({ status: 409 });
    await expect(manageUser(actorOf(standIn), { operation: 'disable', userId: a.id, reason: 'x' })).rejects.toThrow('last active admin');
    expect(await activeAdmins()).toBe(1);
  });

  it('two admins demoting each other at once leave one admin', async () => {
    const [a, b] = [await makeUser('admin'), await makeUser('admin')];
    const results = await Promise.allSettled([
      manageUser(actorOf(a), { operation: 'change-role', userId: b.id, role: 'technician' }),
      manageUser(actorOf(b), { operation: 'change-role', userId: a.id, role: 'technician' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.status)).toEqual([409]);
    expect(await activeAdmins()).toBe(1);
  });
});

describe('admin actions', () => {
  it('each writes exactly one audit row with actor, target, address and a before/after detail', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('technician');
    const sessionId = await makeSession(target.id);
    const cases: [ManageUserCommand, string, Record<string, unknown>][] = [
      [
        { operation: 'change-role', userId: target.id, role: 'management' },
        'user.role_changed',
        { before: { role: 'technician' }, after: { role: 'management' }, endedSessions: 1 },
      ],
      [
        { operation: 'disable', userId: target.id, reason: 'On leave until May' },
        'user.disabled',
        { before: { status: 'active' }, after: { status: 'disabled', reason: 'On leave until May' } },
      ],
      [
        { operation: 'enable', userId: target.id },
        'user.enabled',
        { before: { status: 'disabled', reason: 'On leave until May' }, after: { status: 'active' } },
      ],
      [{ operation: 'send-reset', userId: target.id }, 'user.password_reset_sent', { email: target.email }],
    ];
    for (const [command, action, detail] of cases) {
      const since = await lastId();
      await manageUser(actorOf(admin), command);
      const rows = await auditSince(since);
      expect(rows, action).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action,
        actorUserId: admin.id,
        target: `user:${target.id}`,
        ip: '192.0.2.7',
        detail: expect.objectContaining({ username: target.username, ...detail }),
      });
    }
    expect(await loadLiveSession(claims(target, sessionId))).toBeNull();
    expect(JSON.stringify(await auditSince(0))).not.toMatch(/token=|tokenHash|passwordHash/);
  });

  it('revoking one or all sessions ends them at the next request, audited once each', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('customer');
    const [one, two, three] = [await makeSession(target.id), await makeSession(target.id), await makeSession(target.id)];
    let since = await lastId();
    await manageUser(actorOf(admin), { operation: 'revoke-session', userId: target.id, sessionId: one });
    expect(await auditSince(since)).toMatchObject([{ action: 'user.sessions_revoked', detail: { session: one, count: 1 } }]);
    expect(await loadLiveSession(claims(target, one))).toBeNull();
    expect(await loadLiveSession(claims(target, two))).not.toBeNull();
    since = await lastId();
    await manageUser(actorOf(admin), { operation: 'revoke-all', userId: target.id });
    expect(await auditSince(since)).toMatchObject([{ action: 'user.sessions_revoked', detail: { session: 'all', count: 2 } }]);
    expect(await loadLiveSession(claims(target, three))).toBeNull();
    since = await lastId();
    await expect(manageUser(actorOf(admin), { operation: 'revoke-all', userId: target.id })).rejects.toMatchObject({ status: 409 });
    expect(await auditSince(since)).toHaveLength(0);
  });

  it('unlinks a customer record once; a refused action writes nothing', async () => {
    const admin = await makeUser('admin');
    const customer = await makeUser('customer');
    await db.update(users).set({ analyticsCustomerId: '{"$oid":"65f000000000000000000001"}', analyticsUsername: 'acme' }).where(eq(users.id, customer.id));
    const since = await lastId();
    await manageUser(actorOf(admin), { operation: 'unlink-customer', userId: customer.id });
    await expect(manageUser(actorOf(admin), { operation: 'unlink-customer', userId: customer.id })).rejects.toMatchObject({ status: 409 });
    await expect(manageUser(actorOf(admin), { operation: 'change-role', userId: customer.id, role: 'customer' })).rejects.toMatchObject({ status: 409 });
    const rows = await auditSince(since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'user.customer_unlinked',
      detail: { before: { customerId: '{"$oid":"65f000000000000000000001"}', customerUsername: 'acme' }, after: { customerId: null } },
    });
    expect(await findUserById(customer.id)).toMatchObject({ analyticsCustomerId: null, analyticsUsername: null });
  });

  it('a disabled user is told the reason at sign-in, and only with the right password', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('technician');
    await manageUser(actorOf(admin), { operation: 'disable', userId: target.id, reason: 'Contract ended' });
    expect(await authenticate(target.username, TEST_PASSWORD, { ip: randomIp(), userAgent: null })).toMatchObject({
      ok: false,
      reason: 'disabled',
      disabledReason: 'Contract ended',
    });
    expect(await authenticate(target.username, 'not it at all', { ip: randomIp(), userAgent: null })).toMatchObject({
      ok: false,
      reason: 'invalid',
      disabledReason: undefined,
    });
  });

  it('creating a user sends a set-password link and audits once; the same identity again is refused', async () => {
    const admin = await makeUser('admin');
    const username = `staff${Date.now().toString(36)}`;
    const input = { email: `${username}@example.com`, username, firstName: 'Sam', lastName: 'Staff', address: '', role: 'technician' as const };
    const since = await lastId();
    expect((await createStaffUser(actorOf(admin), input)).ok).toBe(true);
    const [mail] = await queuedMailTo(input.email);
    expect(mail.subject).toBe('Your Sync Portal account is ready');
    expect(mail.text).toContain('/set-password?token=');
    expect(await auditSince(since)).toMatchObject([{ action: 'user.created', actorUserId: admin.id, detail: { via: 'admin', role: 'technician', username } }]);
    expect(await createStaffUser(actorOf(admin), input)).toMatchObject({ ok: false, errors: { email: expect.any(String), username: expect.any(String) } });
  });
});
