/**
 * Why: every test run starts from an empty MySQL test database with all committed migrations applied, and with no
 * throttle counters left in Redis by an earlier run (user ids restart at 1 in the new database, so an earlier
 * run's counters would refuse this run's first attempts). Only this lane's test prefix is touched.
 */
import { recreateDatabase, runMigrations } from '../../scripts/migrate';
import { LANE_SUFFIX, TEST_QUEUE_PREFIX } from './lane';
import { deleteKeysWithPrefix } from './redis-keys';

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? `mysql://root@127.0.0.1:3306/sync_portal_test${LANE_SUFFIX}`;
  await recreateDatabase(url);
  await runMigrations(url);
  await deleteKeysWithPrefix(TEST_QUEUE_PREFIX);
}
