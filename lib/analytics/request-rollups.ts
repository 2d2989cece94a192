/** Why: the seed and import CLIs ask the worker to recompute the figures; a down Redis only earns a warning. */
import { log } from '../log';
import { closeRollupsQueue, enqueueRollups, type RollupsJobData } from './rollups-queue';

export async function requestRollups(reason: RollupsJobData['reason']): Promise<void> {
  try {
    await enqueueRollups({ reason });
    log.info({ reason }, 'management figures: recomputation queued for the worker');
  } catch (error) {
    log.warn({ reason, err: error }, 'management figures: could not queue a recomputation; use "Refresh figures" later');
  } finally {
    await closeRollupsQueue().catch(() => undefined);
  }
}
