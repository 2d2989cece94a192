import { db } from '../index';
import { auditEvents } from '../schema';

/** Every audit action name, the one list (filters, CSV and tests read it). */
export const AUDIT_ACTIONS = [
  // sign-in and own account
  'auth.signup',
  'auth.signin',
  'auth.signin_failed',
  'auth.signout',
  'auth.password_changed',
  'session.revoked',
  'session.revoked_others',
  'profile.updated',
  // user management
  'user.created',
  // sync jobs and schedules
  'sync.queued',
  'sync.cancelled',
  'sync.retried',
  'sync.run_again',
  'sync.removed',
  // analytics areas
  'customer.linked',
  'customer.unlinked',
  'figures.refresh_requested',
  // sync schedules
  'schedule.created',
  'schedule.updated',
  'schedule.paused',
  'schedule.resumed',
  'schedule.deleted',
  'schedule.run_now',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditInput = { action: AuditAction; actorUserId: number | null; target?: string | null; ip?: string | null; detail?: Record<string, unknown> };

export async function recordAudit(event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({ ...event, target: event.target ?? null, ip: event.ip ?? null, detail: event.detail ?? null });
}
