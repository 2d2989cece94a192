/**
 * Why: the schedules the portal itself needs (the customer pages' copies, lib/analytics/customer-copy) are data
 * seeded by code, idempotently, when the worker starts: created when missing, their spec and interval
 * (CUSTOMER_COPY_EVERY_SECONDS) set from code each time, their enabled flag left as the admin set it. They show
 * on /admin/sync/schedules like any other and may be paused or run now, but not deleted or renamed.
 */
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { syncSchedules, type SyncSchedule } from '../db/schema';
import { env } from '../env';
import { AppError } from '../errors';
import { CUSTOMER_COPIES, customerCopySpec } from '../analytics/customer-copy/specs';

const NAMES: Record<(typeof CUSTOMER_COPIES)[number], string> = {
  customers: 'Customer pages: customers',
  accounts: 'Customer pages: accounts',
  transactions: 'Customer pages: transactions',
};

/** Creates or refreshes every built-in schedule; returns how many were created. */
export async function ensureBuiltInSchedules(analyticsDb: string = env.ANALYTICS_DB): Promise<number> {
  let created = 0;
  for (const copy of CUSTOMER_COPIES) {
    const fields = { spec: customerCopySpec(copy, analyticsDb) as Record<string, unknown>, everyMs: env.CUSTOMER_COPY_EVERY_SECONDS * 1000, cron: null };
    const builtIn = `customer-copy:${copy}`;
    const [existing] = await db.select({ id: syncSchedules.id }).from(syncSchedules).where(eq(syncSchedules.builtIn, builtIn)).limit(1);
    if (existing) await db.update(syncSchedules).set(fields).where(eq(syncSchedules.id, existing.id));
    else {
      await db.insert(syncSchedules).values({ ...fields, name: NAMES[copy], builtIn, overlap: 'skip' });
      created += 1;
    }
  }
  return created;
}

/** Refuses what a built-in schedule cannot undergo (409), saying why. */
export function refuseForBuiltIn(schedule: SyncSchedule, change: 'deleted' | 'renamed'): void {
  if (schedule.builtIn)
    throw new AppError('CONFLICT', `“${schedule.name}” is built in (it keeps the customer pages' copy fresh): it cannot be ${change}; pause it instead.`);
}
