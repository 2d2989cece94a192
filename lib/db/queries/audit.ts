import { db } from '../index';
import { scrub } from '../../log';
import { currentRequestId } from '../../request-id';
import { requestLog } from '../../request-log';
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
  // two-factor sign-in
  'mfa.enrolled',
  'mfa.disabled',
  'mfa.reset',
  'mfa.recovery_codes_regenerated',
  'mfa.recovery_code_used',
  'mfa.challenge_failed',
  'auth.new_device',
  // user management
  'user.created',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.sessions_revoked',
  'user.password_reset_sent',
  'user.customer_linked',
  'user.customer_unlinked',
  // email and password recovery
  'auth.verification_sent',
  'auth.email_verified',
  'auth.email_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.password_set',
  // sync jobs and schedules
  'sync.queued',
  'sync.cancelled',
  'sync.retried',
  'sync.run_again',
  'sync.removed',
  // analytics areas
  'customer.linked',
  'customer.link_failed',
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

const SECRET_KEY = /password|token|hash|secret/i;

/** The detail without any key that could hold a password, token, hash or secret, at any depth. */
export function redactDetail(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactDetail);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, inner]) => [key, redactDetail(inner)]),
  );
}

export async function recordAudit(event: AuditInput): Promise<void> {
  const detail = event.detail ? (redactDetail(event.detail) as Record<string, unknown>) : null;
  const requestId = await currentRequestId();
  await db.insert(auditEvents).values({ ...event, target: event.target ?? null, ip: event.ip ?? null, requestId, detail });
  // The row's detail stays in the table; the log line names what happened and carries the same request id.
  (await requestLog({ userId: event.actorUserId })).info({ action: event.action, target: event.target ? scrub(event.target) : null }, 'audit');
}
