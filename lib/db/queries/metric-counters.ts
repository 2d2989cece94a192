import { sql } from 'drizzle-orm';
import { db } from '../index';
import { metricCounters } from '../schema';

export const COUNTER_NAMES = ['signins', 'emails'] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];

/** Adds one to a durable counter (a row per name + label, created on first use). */
export async function countEvent(name: CounterName, label: string): Promise<void> {
  await db
    .insert(metricCounters)
    .values({ name, label, value: 1 })
    .onDuplicateKeyUpdate({ set: { value: sql`${metricCounters.value} + 1` } });
}

export async function readCounters(): Promise<{ name: string; label: string; value: number }[]> {
  return db.select().from(metricCounters);
}
