/**
 * Why: `npm run bench:web` — what authentication costs a real page, measured against itself in one run.
 * (1) requests/s of /customer/bench (proxy + requireRole with a live session) vs /bench/open (same body, no auth,
 *     and the same route depth: app/(bench)/bench/open mirrors app/(bench)/customer/bench, since every extra
 *     route segment costs Next a few percent by itself);
 * (2) p99 latency of the protected page while 20 concurrent failing sign-ins hash passwords vs idle.
 * Prints a table and, last, one JSON line {"protected_vs_open": x, "p99_storm_vs_idle": y}. Goals: x ≥ 0.90, y ≤ 2.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import mysql from 'mysql2/promise';
import { encode } from 'next-auth/jwt';
import { recreateDatabase, runMigrations } from '../migrate';
import { ensureBuild, startServer, stopServer } from './server';
import { execFileSync } from 'node:child_process';
import { LANE_PORT_OFFSET, LANE_SUFFIX } from '../../tests/support/lane';

const PORT = 3200 + LANE_PORT_OFFSET;
const ROUNDS = 5;
const BASE = `http://127.0.0.1:${PORT}`;
const DB_URL = `mysql://root@127.0.0.1:3306/sync_portal_bench${LANE_SUFFIX}`;
const SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const COOKIE = 'authjs.session-token';
const ENV = {
  NODE_ENV: 'production',
  DATABASE_URL: DB_URL,
  AUTH_SECRET: SECRET,
  MFA_ENCRYPTION_KEY: 'YmVuY2gta2V5LWJlbmNoLWtleS1iZW5jaC1rZXktMDE=',
  BENCH_ROUTES: '1',
  BCRYPT_COST: '12',
  QUEUE_PREFIX: `sync-portal-bench${LANE_SUFFIX}`,
  LOGIN_MAX_ATTEMPTS: '1000',
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
  NEXT_TELEMETRY_DISABLED: '1',
};

async function prepareDatabase(): Promise<string> {
  await recreateDatabase(DB_URL);
  await runMigrations(DB_URL);
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/user-create.ts',
      '--email',
      'load.tester@example.com',
      '--username',
      'bench.customer',
      '--password',
      'steady rhythm bench 7',
      '--role',
      'customer',
    ],
    { env: { ...process.env, ...ENV, NODE_ENV: 'test' }, stdio: 'ignore' },
  );
  const db = await mysql.createConnection(DB_URL);
  const [[user]] = (await db.query("SELECT id FROM users WHERE username = 'bench.customer'")) as unknown as [{ id: number }[]];
  const sid = randomUUID();
  await db.query('INSERT INTO sessions (id, user_id, expires_at, ip, user_agent) VALUES (?, ?, DATE_ADD(NOW(3), INTERVAL 1 DAY), ?, ?)', [
    sid,
    user.id,
    '127.0.0.1',
    'bench',
  ]);
  await db.end();
  const token = await encode({ token: { uid: user.id, role: 'customer', sid, sub: String(user.id) }, secret: SECRET, salt: COOKIE, maxAge: 86_400 });
  return `${COOKIE}=${token}`;
}

type Load = { rps: number; p50: number; p99: number };

async function load(path: string, options: { cookie?: string; connections: number; seconds: number }) {
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections: options.connections,
    duration: options.seconds,
    headers: options.cookie ? { cookie: options.cookie } : {},
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 } satisfies Load;
}

/** Keeps `concurrency` failing sign-ins in flight through Auth.js's credentials endpoint until stopped. */
function signInStorm(concurrency: number) {
  let running = true;
  let attempts = 0;
  const loop = async () => {
    const csrf = await fetch(`${BASE}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    while (running) {
      const body = new URLSearchParams({ csrfToken, identifier: `nobody-${randomUUID()}`, password: 'wrong password here', callbackUrl: '/' });
      await fetch(`${BASE}/api/auth/callback/credentials`, {
        method: 'POST',
        body,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        redirect: 'manual',
      });
      attempts++;
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return attempts;
    },
  };
}

async function main(): Promise<void> {
  ensureBuild();
  const cookie = await prepareDatabase();
  const server = await startServer(PORT, ENV);
  try {
    const check = await (await fetch(`${BASE}/customer/bench`, { headers: { cookie } })).text();
    if (!check.includes('bench.customer')) throw new Error('the protected bench page did not render for the bench session');
    await load('/bench/open', { connections: 10, seconds: 3 });
    await load('/customer/bench', { cookie, connections: 10, seconds: 3 });
    // Interleaved rounds so machine noise hits both sides alike; the ratio is the median of per-round ratios.
    const open: Load[] = [];
    const guarded: Load[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      open.push(await load('/bench/open', { connections: 10, seconds: 5 }));
      guarded.push(await load('/customer/bench', { cookie, connections: 10, seconds: 5 }));
    }
    const mean = (xs: { rps: number }[]) => xs.reduce((s, x) => s + x.rps, 0) / xs.length;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const idle = await load('/customer/bench', { cookie, connections: 4, seconds: 10 });
    const storm = signInStorm(20);
    await new Promise((r) => setTimeout(r, 1_000));
    const stormed = await load('/customer/bench', { cookie, connections: 4, seconds: 10 });
    const attempts = await storm.stop();

    const ratio = median(guarded.map((g, i) => g.rps / open[i].rps));
    const p99Ratio = stormed.p99 / Math.max(idle.p99, 1);
    console.table([
      { measure: `open page req/s (mean of ${ROUNDS})`, value: mean(open).toFixed(0) },
      { measure: `protected page req/s (mean of ${ROUNDS})`, value: mean(guarded).toFixed(0) },
      { measure: 'protected p99 idle (ms)', value: idle.p99 },
      { measure: 'protected p99 during 20 failing sign-ins (ms)', value: stormed.p99 },
      { measure: 'failing sign-ins completed during storm', value: attempts },
    ]);
    console.log(JSON.stringify({ protected_vs_open: Number(ratio.toFixed(3)), p99_storm_vs_idle: Number(p99Ratio.toFixed(3)) }));
  } finally {
    stopServer(server);
  }
}

main().catch((error: Error) => {
  console.error(`[bench:web] ${error.message}`);
  process.exit(1);
});
