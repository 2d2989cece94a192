/**
 * Why: benchmarks run the real production server (the standalone server, through scripts/start-prod.mjs) on their
 * own port and database, then stop it. They serve their own build (BENCH_ROUTES=1 into .next-bench) because the
 * production build holds no benchmark pages.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sourceStamp } from './source-stamp';

export async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

const BENCH_BUILD_ENV = { BENCH_ROUTES: '1', NEXT_DIST_DIR: '.next-bench', NEXT_TELEMETRY_DISABLED: '1' };

const STAMP_FILE = '.next-bench/source-stamp';

/** Builds .next-bench when there is none, or when the one there was built from other source (see source-stamp.ts). */
export function ensureBuild(): void {
  const stamp = sourceStamp();
  if (existsSync('.next-bench/BUILD_ID')) {
    const built = existsSync(STAMP_FILE) ? readFileSync(STAMP_FILE, 'utf8') : null;
    if (stamp === null || built === stamp) return;
    console.log('[bench] the benchmark build is of other source: rebuilding .next-bench');
  } else {
    console.log('[bench] no benchmark build found: running next build into .next-bench');
  }
  execFileSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, ...BENCH_BUILD_ENV } });
  if (stamp !== null) writeFileSync(STAMP_FILE, stamp);
}

export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/start-prod.mjs'], {
    env: { ...process.env, ...env, ...BENCH_BUILD_ENV, HOSTNAME: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitForUrl(`http://127.0.0.1:${port}/api/health?check=mysql`);
  return server;
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
