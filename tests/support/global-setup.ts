/** Why: every test run starts from an empty MySQL test database with all committed migrations applied. */
import { recreateDatabase, runMigrations } from '../../scripts/migrate';
import { LANE_SUFFIX } from './lane';

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? `mysql://root@127.0.0.1:3306/sync_portal_test${LANE_SUFFIX}`;
  await recreateDatabase(url);
  await runMigrations(url);
}
