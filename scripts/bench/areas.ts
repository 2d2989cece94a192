/**
 * Why: `npm run bench:areas` — what the analytics areas cost as the data grows, measured side by side in one run.
 * Two production servers read the same customers and accounts at 1× and 10× transaction volume (`--tx-scale`);
 * for each, the demo customer's account page, the management overview (365 days) and a plain protected page
 * (/customer/bench, the baseline) are fetched in interleaved rounds, timing each full response on the server's
 * loopback. Prints p50/p95 per page and scale, then one JSON line:
 * {"customer_growth_10x","management_growth_10x","customer_vs_plain","management_vs_plain"} (p50 ratios; the
 * _vs_plain ratios at 10×). Goals: ≤ 1.5, ≤ 1.5, ≤ 2, ≤ 1.5.
 * Options: --port P (P and P+1, default 3300), --count N customers (default 500), --rounds R (default 60).
 */
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { encode } from 'next-auth/jwt';
import type { ChildProcess } from 'node:child_process';
import { analyticsDb, ensureAnalyticsIndexes } from '../../lib/analytics/mongo';
import { customerIdText } from '../../lib/analytics/customer-id';
import { closeMongoClient } from '../../lib/mongo/client';
import { recreateDatabase, runMigrations } from '../migrate';
import { DEMO_CUSTOMER, generateAnalyticsDataset } from '../seed-demo';
import { ensureBuild, startServer, stopServer } from './server';

const SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const COOKIE = 'authjs.session-token';
const SCALES = [1, 10] as const;

type Scale = (typeof SCALES)[number];
type Target = { scale: Scale; base: string; customerCookie: string; managerCookie: string; accountPath: string; env: Record<string, string> };

async function seedAnalytics(dbName: string, count: number, scale: Scale): Promise<{ accountId: number; trades: number }> {
  const db = await analyticsDb(dbName);
  await db.dropDatabase();
  const data = generateAnalyticsDataset({ count, txScale: scale });
  for (const [name, docs] of Object.entries(data)) for (let i = 0; i < docs.length; i += 1000) await db.collection(name).insertMany(docs.slice(i, i + 1000));
  await ensureAnalyticsIndexes(db);
  const trades = data.transactions.reduce((n, b) => n + b.transactions.length, 0);
  return { accountId: Number(data.customers[0].accounts[0]), trades };
}

async function prepare(scale: Scale, port: number, count: number): Promise<Target & { trades: number }> {
  const dbName = `bench_areas_x${scale}`;
  const databaseUrl = `mysql://root@127.0.0.1:3306/sync_portal_bench_areas_x${scale}`;
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: SECRET,
    MFA_ENCRYPTION_KEY: 'YmVuY2gta2V5LWJlbmNoLWtleS1iZW5jaC1rZXktMDE=',
    BENCH_ROUTES: '1',
    QUEUE_PREFIX: 'sync-portal-bench-areas',
    ANALYTICS_DB: dbName,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const { accountId, trades } = await seedAnalytics(dbName, count, scale);
  await recreateDatabase(databaseUrl);
  await runMigrations(databaseUrl);
  const create = (username: string, email: string, role: string) =>
    execFileSync('npx', ['tsx', 'scripts/user-create.ts', '--email', email, '--username', username, '--password', 'steady rhythm bench 7', '--role', role], {
      env: { ...process.env, ...env, NODE_ENV: 'test', BCRYPT_COST: '4' },
      stdio: 'ignore',
    });
  create('bench.customer', DEMO_CUSTOMER.email, 'customer');
  create('bench.manager', 'bench.manager@example.com', 'management');
  execFileSync('npx', ['tsx', 'scripts/refresh-figures.ts'], { env: { ...process.env, ...env, NODE_ENV: 'test' }, stdio: 'ignore' });
  const sql = await mysql.createConnection(databaseUrl);
  try {
    const customers = await analyticsDb(dbName);
    const demo = await customers.collection('customers').findOne({ email: DEMO_CUSTOMER.email }, { projection: { username: 1 } });
    await sql.query('UPDATE users SET analytics_customer_id = ?, analytics_username = ? WHERE username = ?', [
      customerIdText(demo!._id),
      demo!.username,
      'bench.customer',
    ]);
    const cookie = async (username: string, role: string) => {
      const [[user]] = (await sql.query('SELECT id FROM users WHERE username = ?', [username])) as unknown as [{ id: number }[]];
      const sid = randomUUID();
      await sql.query('INSERT INTO sessions (id, user_id, expires_at, ip, user_agent) VALUES (?, ?, DATE_ADD(NOW(3), INTERVAL 1 DAY), ?, ?)', [
        sid,
        user.id,
        '127.0.0.1',
        'bench',
      ]);
      return `${COOKIE}=${await encode({ token: { uid: user.id, role, sid, sub: String(user.id) }, secret: SECRET, salt: COOKIE, maxAge: 86_400 })}`;
    };
    return {
      scale,
      base: `http://127.0.0.1:${port}`,
      customerCookie: await cookie('bench.customer', 'customer'),
      managerCookie: await cookie('bench.manager', 'management'),
      accountPath: `/customer/accounts/${accountId}`,
      env,
      trades,
    };
  } finally {
    await sql.end();
  }
}

async function timed(url: string, cookie: string, expect: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.text();
  const ms = performance.now() - started;
  if (!response.ok || !body.includes(expect)) throw new Error(`${url}: HTTP ${response.status}${response.ok ? ` without "${expect}"` : ''}`);
  return ms;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '3300' }, count: { type: 'string', default: '500' }, rounds: { type: 'string', default: '60' } },
  });
  const port = Number(values.port);
  const count = Number(values.count);
  const rounds = Number(values.rounds);
  ensureBuild();
  const targets = [];
  for (const [i, scale] of SCALES.entries()) targets.push(await prepare(scale, port + i, count));
  await closeMongoClient();
  const servers: ChildProcess[] = [];
  try {
    for (const [i, target] of targets.entries()) servers.push(await startServer(port + i, target.env));
    const pages = (t: Target) => [
      { name: 'customer account page', url: `${t.base}${t.accountPath}`, cookie: t.customerCookie, expect: 'Transactions, newest first' },
      { name: 'management overview', url: `${t.base}/management?period=365d`, cookie: t.managerCookie, expect: 'Top 10 symbols' },
      { name: 'plain protected page', url: `${t.base}/customer/bench`, cookie: t.customerCookie, expect: 'bench.customer' },
    ];
    const samples = new Map<string, number[]>();
    for (let round = -10; round < rounds; round++) {
      for (const target of targets) {
        for (const page of pages(target)) {
          const ms = await timed(page.url, page.cookie, page.expect);
          if (round >= 0) samples.set(`${page.name}@${target.scale}x`, [...(samples.get(`${page.name}@${target.scale}x`) ?? []), ms]);
        }
      }
    }
    const p50 = (key: string) => quantile(samples.get(key)!, 0.5);
    console.table(
      [...samples.entries()].map(([key, xs]) => ({
        page: key,
        p50_ms: quantile(xs, 0.5).toFixed(1),
        p95_ms: quantile(xs, 0.95).toFixed(1),
        requests: xs.length,
      })),
    );
    console.log(`note: ${count} customers; ${targets.map((t) => `${t.trades.toLocaleString('en-US')} trades at ${t.scale}x`).join(', ')}`);
    const ratio = (a: number, b: number) => Number((a / b).toFixed(3));
    console.log(
      JSON.stringify({
        customer_growth_10x: ratio(p50('customer account page@10x'), p50('customer account page@1x')),
        management_growth_10x: ratio(p50('management overview@10x'), p50('management overview@1x')),
        customer_vs_plain: ratio(p50('customer account page@10x'), p50('plain protected page@10x')),
        management_vs_plain: ratio(p50('management overview@10x'), p50('plain protected page@10x')),
      }),
    );
  } finally {
    for (const server of servers) stopServer(server);
  }
}

main().catch((error: Error) => {
  console.error(`[bench:areas] ${error.message}`);
  process.exit(1);
});
