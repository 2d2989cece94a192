/** Why: durable counters for the metrics route, so a restart does not reset them. */
import { bigint, mysqlTable, primaryKey, varchar } from 'drizzle-orm/mysql-core';

/** Monotonic event counters the metrics route exports (sign-ins by outcome, emails sent or failed): one row per name + label. */
export const metricCounters = mysqlTable(
  'metric_counters',
  {
    name: varchar('name', { length: 64 }).notNull(),
    label: varchar('label', { length: 64 }).notNull(),
    value: bigint('value', { mode: 'number', unsigned: true }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.name, t.label] })],
);
