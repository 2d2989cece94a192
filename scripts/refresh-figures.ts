/**
 * Why: `npm run figures:refresh` computes the management figures and the customer pages' trade copy right here,
 * without a worker (the worker does the same on its schedule, after seed/import, and on "Refresh figures").
 */
import { analyticsDb } from '../lib/analytics/mongo';
import { refreshRollups } from '../lib/analytics/rollups';
import { pool } from '../lib/db';
import { env } from '../lib/env';
import { closeMongoClient } from '../lib/mongo/client';

refreshRollups(await analyticsDb())
  .then(
    (r) => (console.log(`figures for ${env.ANALYTICS_DB}: ${r.trades} trade(s) in ${r.ms} ms`), 0),
    (error: Error) => (console.error(`error: ${error.message}`), 1),
  )
  .then(async (code) => {
    await Promise.all([closeMongoClient(), pool.end()]).catch(() => undefined);
    process.exit(code);
  });
