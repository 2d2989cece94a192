/**
 * Why: the audit page, a user's recent events and the CSV export read audit_events through the same filters,
 * newest first (by id, which follows insertion order). The export pages through MySQL by keyset (id < last)
 * so a long log streams in constant memory.
 */
import { and, count, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { PageRequest, PageResult } from '../../pagination';
import type { AuditFilters } from '../../validation/admin-filters';
import { db } from '../index';
import { auditEvents, users } from '../schema';

export type AuditRow = {
  id: number;
  at: Date;
  actorUserId: number | null;
  actorUsername: string | null;
  action: string;
  target: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
};

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
const nextDay = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

function conditions(f: AuditFilters): SQL | undefined {
  const actorId = f.actor && /^\d+$/.test(f.actor) ? Number(f.actor) : null;
  return and(
    f.actor ? or(eq(users.username, f.actor), eq(users.email, f.actor), ...(actorId !== null ? [eq(auditEvents.actorUserId, actorId)] : [])) : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.target ? eq(auditEvents.target, f.target) : undefined,
    f.from ? gte(auditEvents.at, dayStart(f.from)) : undefined,
    f.to ? lt(auditEvents.at, nextDay(f.to)) : undefined,
  );
}

function selectRows() {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      actorUsername: users.username,
      action: auditEvents.action,
      target: auditEvents.target,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId));
}

export async function listAudit(filters: AuditFilters, page: PageRequest): Promise<PageResult<AuditRow>> {
  const where = conditions(filters);
  const [rows, [{ total }]] = await Promise.all([
    selectRows().where(where).orderBy(desc(auditEvents.id)).limit(page.pageSize).offset(page.offset),
    db.select({ total: count() }).from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorUserId)).where(where),
  ]);
  return { rows, total, page: page.page, pageSize: page.pageSize };
}

/** Every matching row, newest first, a page of `batch` at a time. */
export async function* auditBatches(filters: AuditFilters, batch = 500): AsyncGenerator<AuditRow[]> {
  let before: number | null = null;
  for (;;) {
    const rows: AuditRow[] = await selectRows()
      .where(and(conditions(filters), before !== null ? lt(auditEvents.id, before) : undefined))
      .orderBy(desc(auditEvents.id))
      .limit(batch);
    if (rows.length > 0) yield rows;
    if (rows.length < batch) return;
    before = rows[rows.length - 1].id;
  }
}

/** What was done to the user and what they did, newest first. */
export async function recentAuditForUser(userId: number, limit = 20): Promise<AuditRow[]> {
  return selectRows()
    .where(or(eq(auditEvents.target, `user:${userId}`), eq(auditEvents.actorUserId, userId)))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
