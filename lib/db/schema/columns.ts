/** Why: column shapes several tables share, written once. */
import { sql } from 'drizzle-orm';
import { datetime } from 'drizzle-orm/mysql-core';

export const createdNow = () =>
  datetime('created_at', { mode: 'date', fsp: 3 })
    .notNull()
    .default(sql`CURRENT_TIMESTAMP(3)`);
