import { eq } from 'drizzle-orm';
import type { Trade } from '../../analytics/db';
import { db } from '../index';
import { analyticsRollups, analyticsTrades } from '../schema';

/** Every trade of one account, in the shape of the analytics buckets (read through the account_id index). */
export async function tradesOfAccount(accountId: number): Promise<Trade[]> {
  const rows = await db
    .select({
      date: analyticsTrades.at,
      amount: analyticsTrades.amount,
      transaction_code: analyticsTrades.code,
      symbol: analyticsTrades.symbol,
      price: analyticsTrades.price,
      total: analyticsTrades.total,
    })
    .from(analyticsTrades)
    .where(eq(analyticsTrades.accountId, accountId));
  return rows;
}

/** When the trades (and figures) were last copied from the analytics data; null before the first time. */
export async function tradesCopiedAt(): Promise<Date | null> {
  const [row] = await db.select({ at: analyticsRollups.computedAt }).from(analyticsRollups).where(eq(analyticsRollups.period, 'all')).limit(1);
  return row?.at ?? null;
}
