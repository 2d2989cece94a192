/**
 * Why: unit and integration tests run against the real MariaDB, Redis and MongoDB-wire server, each isolated by
 * name (a *_test MySQL database, its own BullMQ prefix, test_* Mongo databases) so a developer's stack can keep
 * running beside them. Files run one at a time because they share those stores.
 */
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { LANE_SUFFIX, TEST_QUEUE_PREFIX } from './tests/support/lane';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'tests/support/server-only.ts') } },
  test: {
    include: ['tests/**/*.test.ts', 'lib/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? `mysql://root@127.0.0.1:3306/sync_portal_test${LANE_SUFFIX}`,
      QUEUE_PREFIX: TEST_QUEUE_PREFIX,
      BCRYPT_COST: '4',
      // Long enough that only an invalidation (never expiry) can refresh a cached session within a test.
      SESSION_CACHE_TTL_MS: '60000',
      UPLOADS_DIR: '.data/test-uploads',
      ANALYTICS_DB: `test_analytics${LANE_SUFFIX}`,
      // Workers started by tests do not seed the built-in copy schedules (their runs would join every queue under
      // test); tests/analytics/customer-copy.test.ts seeds them itself.
      CUSTOMER_COPY_SCHEDULES: '0',
      AUTH_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      MFA_ENCRYPTION_KEY: '7465737420746573742074657374207465737420746573742074657374203031',
    },
  },
});
