/** The environment every e2e process shares: its own MySQL database, BullMQ prefix, uploads folder and secret. */
export const E2E_PORT = 3100;
export const E2E_DOWN_PORT = 3101;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Mongo databases the sync journeys read from (seeded by prepare.ts) and write to. */
export const E2E_MONGO_DB = 'e2e_analytics';
export const E2E_BIG_DB = 'e2e_big';

export const E2E_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: 'mysql://root@127.0.0.1:3306/sync_portal_e2e',
  QUEUE_PREFIX: 'sync-portal-e2e',
  BCRYPT_COST: '6',
  UPLOADS_DIR: '.data/e2e-uploads',
  AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
  AUTH_TRUST_HOST: 'true',
  LOGIN_MAX_ATTEMPTS: '50',
};
