/**
 * Why: `npm run figures:refresh` computes the management figures and runs the customer pages' copies right here,
 * without a worker (the worker does the same: figures on its schedule, after seed/import and on "Refresh
 * figures"; copies on their built-in schedules).
 */
import { copyCustomerDataNow } from '../lib/analytics/customer-copy/copy-now';
import { analyticsDb } from '../lib/analytics/mongo';
import { refreshRollups } from '../lib/analytics/rollups';
import { pool } from '../lib/db';
import { env } from '../lib/env';
import { closeMongoClient, getMongoClient } from '../lib/mongo/client';
import { closeSyncMysqlPool, getSyncMysqlPool } from '../lib/sync/mysql/pool';

refreshRollups(await analyticsDb())
  .then(async (r) => (await copyCustomerDataNow({ mongo: await getMongoClient(), mysql: getSyncMysqlPool }), r))
  .then(
    (r) => (console.log(`figures for ${env.ANALYTICS_DB}: ${r.trades} trade(s) in ${r.ms} ms`), 0),
    (error: Error) => (console.error(`error: ${error.message}`), 1),
  )
  .then(async (code) => {
    await Promise.all([closeMongoClient(), closeSyncMysqlPool(), pool.end()]).catch(() => undefined);
    process.exit(code);
  });
