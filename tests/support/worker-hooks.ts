/**
 * Why: crash-recovery and fault tests must hit the narrow window between a batch's write and its checkpoint, keep
 * a job running long enough to break a store under it, and see which processing wrote which batch. Loaded into
 * the worker child with `node --import` (tests/support/worker-process.ts, the e2e worker); the worker itself
 * holds no test code.
 */
import { env } from '../../lib/env';
import { observeBatches } from '../../worker/batch-observers';

let checkpointsSeen = 0;

observeBatches({
  beforeCheckpoint({ jobId, token, checkpoint }) {
    checkpointsSeen += 1;
    process.stdout.write(`test hook: job ${jobId} token ${token} wrote up to ${checkpoint.copied}\n`);
    if (env.SYNC_TEST_CRASH_BEFORE_CHECKPOINT === checkpointsSeen) {
      process.stdout.write(`test hook: SIGKILL before checkpoint ${checkpointsSeen}\n`);
      process.kill(process.pid, 'SIGKILL');
    }
  },
  async afterCheckpoint() {
    if (env.SYNC_TEST_BATCH_DELAY_MS) await new Promise((resolve) => setTimeout(resolve, env.SYNC_TEST_BATCH_DELAY_MS));
  },
});
