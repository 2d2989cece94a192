/**
 * Why: a role or status change is where an installation can lock itself out, so the guard rails live in one
 * place: nobody changes their own access, and the last active admin keeps theirs. The check runs inside one
 * transaction that first locks every active admin row (SELECT … FOR UPDATE, always before the target row), so
 * two concurrent demotions serialise and the second one sees the first. Every change then ends all of the
 * user's sessions (their next request goes to sign-in; a later change back cannot revive an old cookie) and, in the
 * same transaction, every emailed link the user still had.
 */
import { and, eq } from 'drizzle-orm';
import { db } from '../db/index';
import { retireOutstandingTokens } from '../db/queries/auth-tokens';
import { revokeOtherSessions } from '../db/queries/sessions';
import { users, type User } from '../db/schema';
import { AppError } from '../errors';
import type { Actor } from '../auth/actor';

type AccessFields = Partial<Pick<User, 'role' | 'status' | 'disabledReason'>>;

const keepsAdmin = (user: Pick<User, 'role' | 'status'>) => user.role === 'admin' && user.status === 'active';

/** Applies the change; returns the user as it was and how many sessions were ended. */
export async function changeAccess(
  actor: Actor,
  targetId: number,
  change: AccessFields,
  refusals: { self: string; unchanged: (target: User) => string | null },
): Promise<{ before: User; endedSessions: number }> {
  if (actor.id === targetId) throw new AppError('FORBIDDEN', refusals.self);
  const before = await db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.status, 'active')))
      .for('update');
    const [target] = await tx.select().from(users).where(eq(users.id, targetId)).for('update');
    if (!target) throw new AppError('NOT_FOUND', 'That user does not exist (any more).');
    const unchanged = refusals.unchanged(target);
    if (unchanged) throw new AppError('CONFLICT', unchanged);
    if (keepsAdmin(target) && !keepsAdmin({ ...target, ...change }) && admins.length <= 1) {
      throw new AppError('CONFLICT', `${target.username} is the last active admin: make another user an admin first.`);
    }
    await tx.update(users).set(change).where(eq(users.id, targetId));
    await retireOutstandingTokens(tx, targetId);
    return target;
  });
  return { before, endedSessions: await revokeOtherSessions(targetId, null) };
}
