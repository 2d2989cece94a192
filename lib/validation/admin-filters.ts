/**
 * Why: the user list's and the audit log's filters live in the URL (shareable, paginated links); one schema per
 * list parses them for the page and for the CSV route, and an unusable value gets a sentence, not a 500.
 */
import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { AUDIT_ACTIONS } from '../db/queries/audit';
import { USER_STATUSES } from '../db/schema';
import { calendarDay, endNotBeforeStart } from './dates';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
const date = (label: string) => optional(calendarDay(label));

export const USER_SORTS = ['created', 'name', 'email', 'username', 'role', 'last-sign-in'] as const;

export const userListFilters = z.object({
  q: optional(z.string().trim().max(100, 'Search must be at most 100 characters')),
  role: optional(z.enum(ROLES, 'Unknown role')),
  status: optional(z.enum(USER_STATUSES, 'Unknown status')),
  verified: optional(z.enum(['yes', 'no'], 'Verified must be yes or no')),
  sort: optional(z.enum(USER_SORTS, 'Unknown sort order')).transform((v) => v ?? 'created'),
  dir: optional(z.enum(['asc', 'desc'], 'Order must be asc or desc')).transform((v) => v ?? 'desc'),
});
export type UserListFilters = z.infer<typeof userListFilters>;

export const auditFilters = z
  .object({
    actor: optional(z.string().trim().max(254, 'Actor must be at most 254 characters')),
    action: optional(z.enum(AUDIT_ACTIONS, 'Unknown action')),
    target: optional(z.string().trim().max(255, 'Target must be at most 255 characters')),
    from: date('From'),
    to: date('To'),
  })
  .refine(...endNotBeforeStart);
export type AuditFilters = z.infer<typeof auditFilters>;

/** The raw query parameters as single strings (Next gives string | string[] | undefined). */
export function singleParams(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
