import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { auditEvents } from '@/lib/db/schema';
import { AUDIT_ACTIONS, recordAudit } from '@/lib/db/queries/audit';
import { auditBatches, listAudit } from '@/lib/db/queries/audit-log';
import { AUDIT_CSV_HEADER, auditCsvCells, auditCsvStream } from '@/lib/http/audit-csv';
import { csvLine } from '@/lib/http/csv';
import { auditFilters } from '@/lib/validation/admin-filters';
import { makeUser } from '../support/users';

describe('audit detail', () => {
  it('never stores a password, token, hash or secret, at any depth', async () => {
    const target = `redaction-${Date.now()}`;
    await recordAudit({
      action: 'profile.updated',
      actorUserId: null,
      target,
      detail: {
        kept: 1,
        password: 'p',
        newPassword: 'p',
        resetToken: 't',
        tokenHash: 'h',
        clientSecret: 's',
        nested: { PasswordHash: 'h', ok: true, list: [{ token: 't', n: 2 }] },
      },
    });
    const [row] = await db.select().from(auditEvents).where(eq(auditEvents.target, target));
    expect(row.detail).toEqual({ kept: 1, nested: { ok: true, list: [{ n: 2 }] } });
  });
});

describe('audit log queries and CSV', () => {
  it('filters by actor, action, target and dates; the CSV holds exactly the filtered rows, newest first', async () => {
    const actor = await makeUser('admin');
    const other = await makeUser('admin');
    const target = `csv-${Date.now()}`;
    const [{ start }] = await db.select({ start: sql<number>`coalesce(max(id), 0)` }).from(auditEvents);
    for (let i = 0; i < 7; i++)
      await recordAudit({
        action: i % 2 ? 'user.disabled' : 'user.enabled',
        actorUserId: i < 5 ? actor.id : other.id,
        target,
        ip: '198.51.100.1',
        detail: { i, text: 'needs "quoting", and =cells' },
      });
    await recordAudit({ action: 'user.enabled', actorUserId: actor.id, target: `${target}-other` });

    const filters = auditFilters.parse({
      actor: actor.username,
      action: 'user.enabled',
      target,
      from: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      to: '',
    });
    const page = await listAudit(filters, { page: 1, pageSize: 100, offset: 0 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.detail?.i)).toEqual([4, 2, 0]);
    expect(page.rows.every((r) => r.actorUsername === actor.username)).toBe(true);
    expect((await listAudit(auditFilters.parse({ actor: String(other.id), target }), { page: 1, pageSize: 100, offset: 0 })).total).toBe(2);
    expect((await listAudit(auditFilters.parse({ target, to: '2000-01-01' }), { page: 1, pageSize: 100, offset: 0 })).total).toBe(0);

    const byTarget = auditFilters.parse({ target });
    const all = (await listAudit(byTarget, { page: 1, pageSize: 100, offset: 0 })).rows;
    expect(all).toHaveLength(7);
    expect(all.every((r) => r.id > start)).toBe(true);
    const csv = await new Response(auditCsvStream(byTarget, 3)).text();
    expect(csv).toBe([AUDIT_CSV_HEADER, ...all.map(auditCsvCells)].map(csvLine).join(''));
    expect(csv).toContain('"{""i"":6,""text"":""needs \\""quoting\\"", and =cells""}"');

    const batches: number[] = [];
    for await (const batch of auditBatches(byTarget, 3)) batches.push(batch.length);
    expect(batches).toEqual([3, 3, 1]);
  });

  it('rejects filters it cannot use with a sentence', () => {
    expect(auditFilters.safeParse({ action: 'user.nonsense' }).error?.issues[0].message).toBe('Unknown action');
    expect(auditFilters.safeParse({ from: '2026-13-45' }).error?.issues[0].message).toBe('From is not a real date');
    expect(auditFilters.safeParse({ from: '2026-02-02', to: '2026-02-01' }).error?.issues[0].message).toBe('The end date is before the start date');
    expect(AUDIT_ACTIONS).toContain('user.role_changed');
  });
});
