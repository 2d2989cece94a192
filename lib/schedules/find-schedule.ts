import { findSchedule } from '../db/queries/sync-schedules';
import type { SyncSchedule } from '../db/schema';
import { AppError } from '../errors';

export async function findScheduleOrThrow(id: number): Promise<SyncSchedule> {
  const schedule = Number.isInteger(id) ? await findSchedule(id) : undefined;
  if (!schedule) throw new AppError('NOT_FOUND', `schedule ${id} was not found (it may have been deleted)`);
  return schedule;
}
