/**
 * Why: "which role may do which operation" (DESIGN.md §3) written once. Pages, server actions, JSON routes, the
 * buttons they render and the tests all ask `may(role, operation)`; nothing else lists roles for an operation.
 * Edge-safe: no imports beyond the role list.
 */
import type { Role } from './roles';

const OPERATION_ROLES = {
  /** See sync jobs, their runs and logs. */
  'sync.view': ['admin', 'technician'],
  'sync.queue': ['admin'],
  'sync.cancel': ['admin', 'technician'],
  'sync.retry': ['admin', 'technician'],
  'sync.run-again': ['admin'],
  'sync.remove': ['admin'],
  'sync.schedule': ['admin'],
  /** Service and queue health (the technician console). */
  'service.health': ['admin', 'technician'],
  /** Sync statistics and business figures (read-only). */
  'stats.read': ['admin', 'management'],
  'figures.refresh': ['admin', 'management'],
  /** Open any customer's area read-only (a customer always opens their own). */
  'customer.view-any': ['admin'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Operation = keyof typeof OPERATION_ROLES;

export function may(role: Role, operation: Operation): boolean {
  return (OPERATION_ROLES[operation] as readonly Role[]).includes(role);
}

export function rolesFor(operation: Operation): readonly Role[] {
  return OPERATION_ROLES[operation];
}

/** The sentence a refusal shows (403). */
export function refusalFor(operation: Operation): string {
  return `Your role may not do this (${operation} is for: ${rolesFor(operation).join(', ')})`;
}
