import { eq } from 'drizzle-orm';
import { db } from '../index';
import { users } from '../schema';

export type AnalyticsLink = { customerId: string; username: string };

/** Link (or unlink with null) a portal user to an analytics customer; kept in MySQL so it survives a re-import. */
export async function setAnalyticsLink(userId: number, link: AnalyticsLink | null): Promise<void> {
  await db
    .update(users)
    .set({ analyticsCustomerId: link?.customerId ?? null, analyticsUsername: link?.username ?? null })
    .where(eq(users.id, userId));
}
