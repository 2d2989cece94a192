/** Why: the audit trail every account, sync and schedule use case writes to. */
import { sql } from 'drizzle-orm';
import { bigint, datetime, index, int, json, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { users } from './users';

export const auditEvents = mysqlTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    at: datetime('at', { mode: 'date', fsp: 3 })
      .notNull()
      .default(sql`CURRENT_TIMESTAMP(3)`),
    actorUserId: int('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: varchar('action', { length: 64 }).notNull(),
    target: varchar('target', { length: 255 }),
    ip: varchar('ip', { length: 45 }),
    /** The request's id (proxy.ts), also on its log lines; null outside a request (CLI, worker). */
    requestId: varchar('request_id', { length: 36 }),
    detail: json('detail').$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_actor_idx').on(t.actorUserId)],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
