/** Why: sync schedules live in MySQL (the source of truth BullMQ's job schedulers are rebuilt from). */
import { asc, eq } from 'drizzle-orm';
import { db } from '../index';
import { syncSchedules, type SyncSchedule } from '../schema';
import type { ScheduleInput } from '../../validation/schedule';

export async function listSchedules(): Promise<SyncSchedule[]> {
  return db.select().from(syncSchedules).orderBy(asc(syncSchedules.name));
}

export async function findSchedule(id: number): Promise<SyncSchedule | undefined> {
  const [row] = await db.select().from(syncSchedules).where(eq(syncSchedules.id, id)).limit(1);
  return row;
}

export async function findScheduleByName(name: string): Promise<SyncSchedule | undefined> {
  const [row] = await db.select().from(syncSchedules).where(eq(syncSchedules.name, name)).limit(1);
  return row;
}

export async function insertSchedule(input: ScheduleInput, createdByUserId: number | null): Promise<number> {
  const [{ id }] = await db
    .insert(syncSchedules)
    .values({ ...input, createdByUserId })
    .$returningId();
  return id;
}

export async function updateSchedule(id: number, changes: Partial<ScheduleInput & { enabled: boolean }>): Promise<void> {
  await db.update(syncSchedules).set(changes).where(eq(syncSchedules.id, id));
}

export async function deleteSchedule(id: number): Promise<void> {
  await db.delete(syncSchedules).where(eq(syncSchedules.id, id));
}
