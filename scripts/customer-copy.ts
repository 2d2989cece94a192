/**
 * Why: `npm run customer-copy` runs the built-in customer copies (lib/analytics/customer-copy) here and now,
 * without a worker or the queue, and prints what each cost: the same copy and derivation the worker runs every
 * CUSTOMER_COPY_EVERY_SECONDS. Handy after an import, and to measure.
 */
import { copyCustomerDataNow } from '../lib/analytics/customer-copy/copy-now';
import { pool } from '../lib/db';
import { env } from '../lib/env';
import { closeMongoClient, getMongoClient } from '../lib/mongo/client';
import { closeSyncMysqlPool, getSyncMysqlPool } from '../lib/sync/mysql/pool';

copyCustomerDataNow({ mongo: await getMongoClient(), mysql: getSyncMysqlPool })
  .then(
    (outcomes) => {
      for (const { copy, result, deriveMs } of outcomes)
        console.log(`${env.ANALYTICS_DB}.${copy}: ${result.copied} copied, ${result.deleted} deleted in ${result.durationMs} ms; derived in ${deriveMs} ms`);
      return 0;
    },
    (error: Error) => (console.error(`error: ${error.message}`), 1),
  )
  .then(async (code) => {
    await Promise.all([closeMongoClient(), closeSyncMysqlPool(), pool.end()]).catch(() => undefined);
    process.exit(code);
  });
