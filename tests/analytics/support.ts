/** Why: analytics tests write their own small documents (decimal edge cases included) into the test ANALYTICS_DB. */
import { Int32, ObjectId, type Document } from 'bson';
import { eq } from 'drizzle-orm';
import { analyticsDb } from '@/lib/analytics/mongo';
import { db } from '@/lib/db';
import { users } from '@/lib/db/schema';
import { makeUser } from '../support/users';

let next = 700_000 + Math.floor(Math.random() * 100_000) * 10;
export const accountNumber = () => (next += 1);

export type TradeInput = { date: string; code: 'buy' | 'sell'; symbol: string; amount: number; price: string; total: string };

export async function insertCustomer(email: string, accounts: { products: string[]; limit: number; buckets: TradeInput[][] }[], extra: Document = {}) {
  const adb = await analyticsDb();
  const ids = accounts.map(() => accountNumber());
  const _id = new ObjectId();
  await adb.collection('customers').insertOne({
    _id,
    username: `c${_id.toHexString().slice(-8)}`,
    name: 'Test Customer',
    email,
    active: true,
    accounts: ids.map((id) => new Int32(id)),
    tier_and_details: {
      a1: { tier: 'Gold', id: 'a1', active: true, benefits: ['concierge services'] },
      b2: { tier: 'Silver', id: 'b2', active: false, benefits: [] },
    },
    ...extra,
  });
  for (const [i, account] of accounts.entries()) {
    await adb.collection('accounts').insertOne({ account_id: new Int32(ids[i]), limit: new Int32(account.limit), products: account.products });
    for (const bucket of account.buckets) {
      await adb.collection('transactions').insertOne({
        account_id: new Int32(ids[i]),
        transaction_count: new Int32(bucket.length),
        transactions: bucket.map((t) => ({
          date: new Date(t.date),
          amount: new Int32(t.amount),
          transaction_code: t.code,
          symbol: t.symbol,
          price: t.price,
          total: t.total,
        })),
      });
    }
  }
  return { _id, accountIds: ids };
}

export async function makeCustomerUser({ verified, email }: { verified: boolean; email?: string }) {
  const user = await makeUser('customer');
  await db
    .update(users)
    .set({ emailVerifiedAt: verified ? new Date() : null, ...(email ? { email } : {}) })
    .where(eq(users.id, user.id));
  return { ...user, email: email ?? user.email };
}
