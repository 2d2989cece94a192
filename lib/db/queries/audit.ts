import { db } from '../index';
import { auditEvents } from '../schema';

export type AuditAction =
  | 'auth.signup' | 'auth.signin' | 'auth.signin_failed' | 'auth.signout' | 'auth.password_changed'
  | 'session.revoked' | 'session.revoked_others' | 'profile.updated' | 'user.created'
  | 'sync.queued' | 'sync.cancelled' | 'sync.retried' | 'sync.run_again' | 'sync.removed';

export type AuditInput = { action: AuditAction; actorUserId: number | null; target?: string | null; ip?: string | null; detail?: Record<string, unknown> };

export async function recordAudit(event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({ ...event, target: event.target ?? null, ip: event.ip ?? null, detail: event.detail ?? null });
}
