/**
 * Why: what the worker keeps true besides running jobs. At start and every HOUSEKEEPING_INTERVAL_MS: every
 * enabled schedule in MySQL has its BullMQ job scheduler (so a Redis that lost its data gets them back), and
 * runs left open whose job vanished from Redis are closed as "lost".
 */
import { env } from '../lib/env';
import { listSchedules } from '../lib/db/queries/sync-schedules';
import { closeLostRuns } from '../lib/runs/lifecycle';
import { getSyncQueue } from '../lib/queue/queue';
import { reconcileSchedules } from '../lib/schedules/scheduler';

async function tick(): Promise<void> {
  const queue = getSyncQueue();
  const { applied, removed, refused } = await reconcileSchedules(queue, await listSchedules());
  for (const { id, problem } of refused) console.error(`housekeeping: schedule ${id} not applied: ${problem}`);
  const lost = await closeLostRuns(async (jobId) => (await queue.getJob(jobId)) !== undefined);
  console.log(`housekeeping: ${applied} schedule(s) in BullMQ, ${removed} stale scheduler(s) removed, ${lost} lost run(s) closed`);
}

export function startHousekeeping(): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = tick().catch((error: unknown) =>
      console.error(`housekeeping failed (next try in ${env.HOUSEKEEPING_INTERVAL_MS} ms): ${(error as Error).message}`),
    );
  };
  run();
  const timer = setInterval(run, env.HOUSEKEEPING_INTERVAL_MS);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
