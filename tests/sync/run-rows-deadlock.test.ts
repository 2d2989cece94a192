/**
 * The worker and a page write a job's run rows at the same moment (a Retry's queued row while the attempt opens its
 * own); when InnoDB makes one statement a deadlock victim, the run-history writes run it again instead of losing
 * the attempt's row (an e2e once saw a retried run stay "active" after its job completed).
 */
import { eq, like } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { mysqlErrorCode, retryOnDeadlock } from '@/lib/db/errors';
import { insertRun } from '@/lib/db/queries/sync-runs';
import { syncRuns } from '@/lib/db/schema';

afterAll(() => db.delete(syncRuns).where(like(syncRuns.jobId, 'deadlock-%')));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runRow(jobId: string): Promise<number> {
  const spec = { source: { db: 'd', collection: 's' }, target: { db: 'd', collection: 't' } };
  return insertRun({ jobId, spec: spec as never, sourceNs: 'd.s', targetNs: 'd.t', mode: 'upsert', origin: 'cli', state: 'queued', queuedAt: new Date() });
}

/** Two transactions take the same two rows in opposite orders: InnoDB rolls one back with ER_LOCK_DEADLOCK. */
async function crossLocks(a: number, b: number): Promise<void> {
  const lockBoth = (first: number, second: number) =>
    db.transaction(async (tx) => {
      await tx
        .update(syncRuns)
        .set({ error: `first ${first}` })
        .where(eq(syncRuns.id, first));
      await pause(150);
      await tx
        .update(syncRuns)
        .set({ error: `then ${second}` })
        .where(eq(syncRuns.id, second));
    });
  const outcomes = await Promise.allSettled([lockBoth(a, b), lockBoth(b, a)]);
  const refused = outcomes.find((o) => o.status === 'rejected');
  if (refused) throw refused.reason;
}

it('runs a statement again when MySQL chose it as a deadlock victim, and throws any other error at once', async () => {
  const [a, b] = [await runRow('deadlock-a'), await runRow('deadlock-b')];
  const errors: unknown[] = [];
  let calls = 0;
  const statement = async () => {
    calls += 1;
    try {
      if (calls === 1) await crossLocks(a, b);
      return 'written';
    } catch (error) {
      errors.push(error);
      throw error;
    }
  };
  expect(await retryOnDeadlock(statement)).toBe('written');
  expect(calls).toBe(2);
  expect(errors.map(mysqlErrorCode)).toEqual(['ER_LOCK_DEADLOCK']);

  let duplicateCalls = 0;
  const duplicate = () => {
    duplicateCalls += 1;
    return db
      .insert(syncRuns)
      .values({ id: a, jobId: 'x', spec: {} as never, sourceNs: 'd.s', targetNs: 'd.t', mode: 'upsert', origin: 'cli', state: 'queued', queuedAt: new Date() });
  };
  const refusal = await retryOnDeadlock(duplicate).catch((error: unknown) => error);
  expect(mysqlErrorCode(refusal)).toBe('ER_DUP_ENTRY');
  expect(duplicateCalls).toBe(1);
});
