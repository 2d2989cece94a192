import { and, count, desc, eq, like, or } from 'drizzle-orm';
import { db } from '../index';
import { users } from '../schema';

export type CustomerUserRow = {
  id: number;
  email: string;
  username: string;
  firstName: string;
  lastName: string;
  analyticsUsername: string | null;
  emailVerifiedAt: Date | null;
};

/** Customer accounts for an admin to pick from (newest first), optionally narrowed by an email/username prefix. */
export async function listCustomerUsers({
  q,
  offset,
  limit,
}: {
  q?: string;
  offset: number;
  limit: number;
}): Promise<{ rows: CustomerUserRow[]; total: number }> {
  const prefix = q ? `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(eq(users.role, 'customer'), prefix ? or(like(users.email, prefix), like(users.username, prefix)) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        username: users.username,
        firstName: users.firstName,
        lastName: users.lastName,
        analyticsUsername: users.analyticsUsername,
        emailVerifiedAt: users.emailVerifiedAt,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total };
}
