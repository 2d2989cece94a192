import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '../index';
import { authTokens, type AuthToken } from '../schema';

type Purpose = AuthToken['purpose'];

type Executor = Pick<typeof db, 'update'>;

/** Ends every unused token of the user (the account's state they were issued for has changed). */
export async function retireOutstandingTokens(executor: Executor, userId: number): Promise<void> {
  await executor
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt)));
}

/** Stores a new token and retires the user's earlier unused tokens of that purpose (only the newest link works). */
export async function insertToken(input: { userId: number; purpose: Purpose; tokenHash: string; email: string; expiresAt: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(authTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(authTokens.userId, input.userId), eq(authTokens.purpose, input.purpose), isNull(authTokens.usedAt)));
    await tx.insert(authTokens).values(input);
  });
}

export async function findTokenByHash(tokenHash: string, purpose: Purpose): Promise<AuthToken | undefined> {
  const [row] = await db
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, tokenHash), eq(authTokens.purpose, purpose)))
    .limit(1);
  return row;
}

/** Marks the token used if it is still unused and unexpired; true only for the one caller that did. */
export async function markTokenUsed(id: number): Promise<boolean> {
  const now = new Date();
  const [result] = await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.id, id), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)));
  return result.affectedRows === 1;
}
