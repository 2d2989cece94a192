import { updateUser, type ExpectedState } from './users';

export type AnalyticsLink = { customerId: string; username: string };

/**
 * Link (or unlink with null) a portal user to an analytics customer; kept in MySQL so it survives a re-import.
 * Applied only while the account still matches `expected` (false otherwise); the link travels with the session, so
 * cached sessions of the user are dropped.
 */
export function setAnalyticsLink(userId: number, link: AnalyticsLink | null, expected: ExpectedState = {}): Promise<boolean> {
  return updateUser(userId, { analyticsCustomerId: link?.customerId ?? null, analyticsUsername: link?.username ?? null }, expected);
}
