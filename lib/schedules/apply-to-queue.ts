/**
 * Why: every schedule change writes MySQL (the source of truth) first and then applies the change to BullMQ's
 * job scheduler at once. If Redis is down the MySQL change stands and the worker's reconcile applies it later.
 */
import type { SyncSchedule } from '../db/schema';
import { isAppError } from '../errors';
import { failFast } from '../queue/errors';
import { getSyncQueue } from '../queue/queue';
import { applySchedule, removeSchedule } from './scheduler';

/** Applies to BullMQ; false when Redis is unreachable (the worker's reconcile catches up later). */
export async function applyToQueue(schedule: SyncSchedule): Promise<boolean> {
  try {
    await failFast(() => applySchedule(getSyncQueue(), schedule));
    return true;
  } catch (error) {
    if (isAppError(error, 'SERVICE_UNAVAILABLE')) return false;
    throw error;
  }
}

/** Removes the job scheduler; a Redis that is down loses nothing (reconcile drops schedulers without a row). */
export async function removeFromQueue(scheduleId: number): Promise<void> {
  await failFast(() => removeSchedule(getSyncQueue(), scheduleId)).catch(() => undefined);
}
