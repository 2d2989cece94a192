import { and, asc, count, desc, eq, isNotNull, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../auth/roles';
import type { PageRequest, PageResult } from '../../pagination';
import type { UserListFilters } from '../../validation/admin-filters';
import { db } from '../index';
import { mfaCredentials, users, type User } from '../schema';

export type UserListRow = Pick<
  User,
  'id' | 'email' | 'username' | 'firstName' | 'lastName' | 'role' | 'status' | 'emailVerifiedAt' | 'createdAt' | 'lastLoginAt' | 'analyticsUsername'
> & { mfaEnabled: boolean };

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function conditions(f: UserListFilters): SQL | undefined {
  const pattern = f.q ? containsPattern(f.q) : undefined;
  return and(
    pattern ? or(like(users.email, pattern), like(users.username, pattern), like(sql`CONCAT(${users.firstName}, ' ', ${users.lastName})`, pattern)) : undefined,
    f.role ? eq(users.role, f.role) : undefined,
    f.status ? eq(users.status, f.status) : undefined,
    f.verified === 'yes' ? isNotNull(users.emailVerifiedAt) : f.verified === 'no' ? isNull(users.emailVerifiedAt) : undefined,
  );
}

const SORT_COLUMNS = {
  created: [users.createdAt],
  name: [users.lastName, users.firstName],
  email: [users.email],
  username: [users.username],
  role: [users.role],
  'last-sign-in': [users.lastLoginAt],
} as const;

export async function listUsers(filters: UserListFilters, page: PageRequest): Promise<PageResult<UserListRow>> {
  const where = conditions(filters);
  const order = filters.dir === 'asc' ? asc : desc;
  const [rows, total] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        username: users.username,
        firstName: users.firstName,
        lastName: users.lastName,
        role: users.role,
        status: users.status,
        emailVerifiedAt: users.emailVerifiedAt,
        createdAt: users.createdAt,
        lastLoginAt: users.lastLoginAt,
        analyticsUsername: users.analyticsUsername,
        mfaEnabled: sql<boolean>`${mfaCredentials.confirmedAt} IS NOT NULL`.mapWith(Boolean),
      })
      .from(users)
      .leftJoin(mfaCredentials, eq(mfaCredentials.userId, users.id))
      .where(where)
      .orderBy(...SORT_COLUMNS[filters.sort].map((column) => order(column)), order(users.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.$count(users, where),
  ]);
  return { rows, total, page: page.page, pageSize: page.pageSize };
}

export async function countUsersByRole(): Promise<Record<Role, number>> {
  const rows = await db.select({ role: users.role, total: count() }).from(users).groupBy(users.role);
  const counts: Record<Role, number> = { customer: 0, technician: 0, management: 0, admin: 0 };
  for (const row of rows) counts[row.role] = row.total;
  return counts;
}
