/**
 * Why: lib/auth/permissions.ts is the one table of who may do what; pages, actions, routes and buttons all ask
 * `may()`. This test spells out DESIGN.md §3 for every role × operation and asks the same `may()`, so a change to
 * the table that the design does not make fails here. `Record<Operation, …>` makes a new operation fail to compile
 * until its row is written.
 */
import { describe, expect, it } from 'vitest';
import { may, refusalFor, rolesFor, type Operation } from '@/lib/auth/permissions';
import { ROLES, type Role } from '@/lib/auth/roles';

const ALLOWED: Record<Operation, readonly Role[]> = {
  'sync.view': ['technician', 'admin'],
  'sync.queue': ['admin'],
  'sync.cancel': ['technician', 'admin'],
  'sync.retry': ['technician', 'admin'],
  'sync.run-again': ['admin'],
  'sync.remove': ['admin'],
  'sync.schedule': ['admin'],
  'service.health': ['technician', 'admin'],
  'stats.read': ['management', 'admin'],
  'figures.refresh': ['management', 'admin'],
  'customer.view-any': ['admin'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
};

const cases = (Object.keys(ALLOWED) as Operation[]).flatMap((operation) => ROLES.map((role) => [role, operation, ALLOWED[operation].includes(role)] as const));

describe('permissions: every role × operation', () => {
  it.each(cases)('%s may %s: %s', (role, operation, allowed) => {
    expect(may(role, operation)).toBe(allowed);
  });

  it.each(Object.keys(ALLOWED) as Operation[])('%s: the refusal names exactly the roles allowed', (operation) => {
    expect([...rolesFor(operation)].sort()).toEqual([...ALLOWED[operation]].sort());
    expect(refusalFor(operation)).toBe(`Your role may not do this (${operation} is for: ${rolesFor(operation).join(', ')})`);
  });
});
