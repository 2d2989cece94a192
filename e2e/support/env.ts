/** The environment every e2e process shares: its own MySQL database, BullMQ prefix, uploads folder and secret. */
import { LANE_PORT_OFFSET, LANE_SUFFIX } from '../../tests/support/lane';

export const E2E_PORT = 3100 + LANE_PORT_OFFSET;
export const E2E_DOWN_PORT = 3101 + LANE_PORT_OFFSET;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The e2e run's own mail catcher (MailDev): SMTP and its HTTP API. */
export const E2E_SMTP_PORT = 3102 + LANE_PORT_OFFSET;
export const E2E_MAIL_WEB_PORT = 3103 + LANE_PORT_OFFSET;
export const E2E_MAIL_API = `http://127.0.0.1:${E2E_MAIL_WEB_PORT}`;

/** Mongo databases the sync journeys read from (seeded by prepare.ts) and write to. */
export const E2E_MONGO_DB = `e2e_analytics${LANE_SUFFIX}`;
export const E2E_BIG_DB = `e2e_big${LANE_SUFFIX}`;

export const E2E_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `mysql://root@127.0.0.1:3306/sync_portal_e2e${LANE_SUFFIX}`,
  QUEUE_PREFIX: `sync-portal-e2e${LANE_SUFFIX}`,
  BCRYPT_COST: '6',
  UPLOADS_DIR: '.data/e2e-uploads',
  AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
  MFA_ENCRYPTION_KEY: 'ZTJlLWtleS1lMmUta2V5LWUyZS1rZXktZTJlLWtleS0=',
  AUTH_TRUST_HOST: 'true',
  LOGIN_MAX_ATTEMPTS: '50',
  ANALYTICS_DB: E2E_MONGO_DB,
  APP_URL: E2E_BASE_URL,
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  MAIL_CATCHER_URL: E2E_MAIL_API,
  EMAIL_RETRY_DELAY_MS: '500',
  // Not the default, so a page that shows it proves the running server's setting reached it.
  SUPPORT_EMAIL: 'helpdesk@e2e.syncportal.test',
  // Every journey signs in and up from 127.0.0.1, and the counters outlive one run (Redis, 15 min / 1 h windows).
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
  SIGNUP_MAX_PER_ADDRESS: '100000',
};

/** State-changing API calls must come from the portal's own origin; Playwright's request context sends none. */
export const SAME_ORIGIN = { origin: E2E_BASE_URL };
