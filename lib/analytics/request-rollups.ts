/** Why: the seed and import CLIs ask the worker to recompute the figures; a down Redis only earns a warning. */
import { closeRollupsQueue, enqueueRollups, type RollupsJobData } from './rollups-queue';

export async function requestRollups(reason: RollupsJobData['reason']): Promise<void> {
  try {
    await enqueueRollups({ reason });
    console.log('management figures: recomputation queued for the worker');
  } catch (error) {
    console.warn(`management figures: could not queue a recomputation (${(error as Error).message}); use "Refresh figures" later`);
  } finally {
    await closeRollupsQueue().catch(() => undefined);
  }
}
