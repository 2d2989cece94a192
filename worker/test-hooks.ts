/**
 * Why: crash-recovery tests must hit the narrow window between a batch's write and its checkpoint, and act while
 * a job is mid-run, deterministically. These hooks do nothing unless NODE_ENV=test.
 */
import { env } from '../lib/env';

let checkpointsSeen = 0;
const enabled = env.NODE_ENV === 'test';

/** Called after a batch is acknowledged and before its checkpoint is saved. */
export function beforeCheckpointHook(): void {
  checkpointsSeen += 1;
  if (enabled && env.SYNC_TEST_CRASH_BEFORE_CHECKPOINT === checkpointsSeen) {
    process.stdout.write(`test hook: SIGKILL before checkpoint ${checkpointsSeen}\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}

export async function afterCheckpointHook(): Promise<void> {
  if (enabled && env.SYNC_TEST_BATCH_DELAY_MS) await new Promise((resolve) => setTimeout(resolve, env.SYNC_TEST_BATCH_DELAY_MS));
}
