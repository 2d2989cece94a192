import { eq } from 'drizzle-orm';
import { invalidateUserSessions } from '../../auth/live-session-cache';
import { db } from '../index';
import { users } from '../schema';

export type AnalyticsLink = { customerId: string; username: string };

/**
 * Link (or unlink with null) a portal user to an analytics customer; kept in MySQL so it survives a re-import.
 * The link travels with the session, so cached sessions of the user are dropped.
 */
export async function setAnalyticsLink(userId: number, link: AnalyticsLink | null): Promise<void> {
  await db
    .update(users)
    .set({ analyticsCustomerId: link?.customerId ?? null, analyticsUsername: link?.username ?? null })
    .where(eq(users.id, userId));
  await invalidateUserSessions(userId);
}
