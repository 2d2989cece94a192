/**
 * Why: every process (Next server, worker, CLIs, drizzle-kit, tests) reads configuration through this one
 * zod-validated object, so a typo or a missing secret fails at start-up with a readable message instead of
 * deep inside a request. Outside Next (tsx scripts, the worker, vitest) .env files are loaded in Next's order.
 * Edge-safe on purpose (no Node imports): the proxy reads AUTH_SECRET through it too.
 */
import { z } from 'zod';
import { ROLES } from './auth/roles';

/** Next's own load order (.env.<mode>.local, .env.local, .env.<mode>, .env); variables already set win. */
function loadEnvFiles(): void {
  const mode = process.env.NODE_ENV ?? 'development';
  const files = [`.env.${mode}.local`, ...(mode === 'test' ? [] : ['.env.local']), `.env.${mode}`, '.env'];
  for (const file of files) {
    try {
      process.loadEnvFile(file);
    } catch {
      // a missing file is normal
    }
  }
}

if (!process.env.NEXT_RUNTIME && typeof process.loadEnvFile === 'function') loadEnvFiles();

/** A 32-byte key written as hex or base64 (either alphabet), or null. Edge-safe: no Buffer. */
export function decodeKey(value: string): Uint8Array | null {
  if (/^[0-9a-f]{64}$/i.test(value)) return Uint8Array.from(value.match(/../g)!, (pair) => parseInt(pair, 16));
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return null;
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/').padEnd(44, '='));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
/** An optional variable set to the empty string (compose's `${X:-}`) counts as unset. */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((value) => (value === '' ? undefined : value), type.optional());

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.url().default('mysql://root@127.0.0.1:3306/sync_portal'),
  /** Another MySQL server for sync endpoints (`mysql:schema.table`); by default the portal's own server. */
  MYSQL_SYNC_URL: z
    .url()
    .regex(/^mysql:\/\//, 'MYSQL_SYNC_URL must start with mysql://')
    .optional(),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  MONGODB_URI: z.string().startsWith('mongodb').default('mongodb://127.0.0.1:27017/'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters (npx auth secret)').optional(),
  BCRYPT_COST: int(12, 4, 15),
  UPLOADS_DIR: z.string().min(1).default('.data/uploads'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[\w-]+$/)
    .default('sync-portal'),
  WORKER_CONCURRENCY: int(2, 1, 32),
  WORKER_SHUTDOWN_DEADLINE_MS: int(10_000, 500, 120_000),
  WORKER_LOCK_DURATION_MS: int(5_000, 1_000, 600_000),
  WORKER_STALLED_INTERVAL_MS: int(2_500, 500, 600_000),
  /** How often the worker re-applies schedules to BullMQ and closes runs whose job vanished from Redis. */
  HOUSEKEEPING_INTERVAL_MS: int(60_000, 1_000, 3_600_000),
  SYNC_TEST_CRASH_BEFORE_CHECKPOINT: z.coerce.number().int().min(1).optional(),
  SYNC_TEST_BATCH_DELAY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  LOGIN_MAX_ATTEMPTS: int(10, 1, 1000),
  /** Failed sign-ins from one client address (any accounts) in 15 minutes. */
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: int(100, 1, 100_000),
  /** Sign-ups from one client address in an hour. */
  SIGNUP_MAX_PER_ADDRESS: int(10, 1, 100_000),
  SESSION_CACHE_TTL_MS: int(5_000, 0, 60_000),
  /** The portal's public address: links in emails are built from it, never from a request's Host header. */
  APP_URL: z.url().default('http://localhost:3000'),
  /** How many reverse proxies in front of the app may append to X-Forwarded-For (0: use the socket address). */
  TRUSTED_PROXY_HOPS: int(0, 0, 10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .default('smtp://127.0.0.1:1025'),
  /** Where pages and emails send people who need a human (shown as a mailto: link). */
  SUPPORT_EMAIL: z.email().default('support@syncportal.test'),
  MAIL_FROM: z.string().min(3).default('Sync Portal <no-reply@syncportal.test>'),
  /** The local mail catcher's web inbox and API (development and tests only). */
  MAIL_CATCHER_URL: z.url().default('http://127.0.0.1:1080'),
  /** The database holding the analytics collections (customers, accounts, transactions) the areas read. */
  ANALYTICS_DB: z
    .string()
    .regex(/^[\w-]{1,63}$/, 'ANALYTICS_DB must be a database name (letters, digits, _ or -)')
    .default('analytics'),
  /** How often the worker recomputes the management figures on its own (0: only after seeding, import or a refresh). */
  /** How often the built-in schedules copy the analytics collections into MySQL for the customer pages (seconds). */
  CUSTOMER_COPY_EVERY_SECONDS: int(60, 10, 86_400),
  /** 0: the worker does not seed the built-in copy schedules at start (tests that run a worker beside their own data). */
  CUSTOMER_COPY_SCHEDULES: z
    .enum(['0', '1'])
    .default('1')
    .transform((v) => v === '1'),
  ROLLUPS_EVERY_MINUTES: int(60, 0, 10_080),
  /** First retry delay of a failed email (doubles each attempt, 10 attempts). */
  EMAIL_RETRY_DELAY_MS: int(5_000, 10, 600_000),
  /** Minimum level of the JSON log lines (pino). */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Bearer token that opens GET /api/metrics (unset: the route answers 404). */
  METRICS_TOKEN: optional(z.string().min(16, 'METRICS_TOKEN must be at least 16 characters')),
  /** When set, each worker process serves its own metrics on 127.0.0.1:<port>/metrics. */
  WORKER_METRICS_PORT: optional(z.coerce.number().int().min(1).max(65_535)),
  /** Redis Cluster seed nodes (host:port,host:port); when set, REDIS_URL is ignored and every client joins the cluster. */
  REDIS_CLUSTER_NODES: optional(z.string().regex(/^[\w.-]+:\d{1,5}(,[\w.-]+:\d{1,5})*$/, 'REDIS_CLUSTER_NODES must be host:port[,host:port…]')),
  /** 32 bytes (base64 or hex) that encrypt TOTP secrets at rest and sign the pending second sign-in step. */
  MFA_ENCRYPTION_KEY: z
    .string()
    .refine((value) => value === '' || decodeKey(value) !== null, 'MFA_ENCRYPTION_KEY must be 32 bytes as base64 (44 characters) or hex (64 characters)')
    .optional()
    .transform((value) => value || undefined),
  /** Roles that must pass a TOTP second step (comma-separated; empty: nobody is made to enrol). */
  MFA_REQUIRED_ROLES: z
    .string()
    .default('admin,technician')
    .transform((value) =>
      value
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(ROLES, { error: 'MFA_REQUIRED_ROLES lists roles from: customer, technician, management, admin' }))),
  BENCH_ROUTES: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1'),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`Invalid environment:\n${lines}`);
}
if (parsed.data.NODE_ENV === 'production' && !parsed.data.AUTH_SECRET && process.env.NEXT_PHASE !== 'phase-production-build') {
  throw new Error('Invalid environment:\n  AUTH_SECRET: required in production');
}

if (parsed.data.NODE_ENV === 'production' && !parsed.data.MFA_ENCRYPTION_KEY && process.env.NEXT_PHASE !== 'phase-production-build') {
  throw new Error('Invalid environment:\n  MFA_ENCRYPTION_KEY: required in production');
}

export const env = parsed.data;
