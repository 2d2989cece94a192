/**
 * Why: the holes these tests guard were reachable over HTTP, so they are checked against the real production
 * server (the standalone server through `npm run start:prod`, on a lane port, built beforehand with `next build`),
 * sharing the test database and a queue/throttle prefix of its own, and driven with plain fetch the way an
 * attacker would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { SYNC_QUEUE_NAME, workerConnection } from '@/lib/queue/connection';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LANE = Number(process.env.TEST_LANE ?? '0');

/** `output()` is everything the server printed so far (its JSON log lines among it). */
export type App = { url: string; prefix: string; output(): string; stop(): Promise<void> };

/** Ports 20000 + lane*100 + 0..99 belong to this lane; each test file passes its own slot. */
export function lanePort(slot: number): number {
  return 20_000 + LANE * 100 + slot;
}

/**
 * The files the Dockerfile's web image holds (.next/standalone plus .next/static), copied outside the repository so
 * that nothing resolves from its node_modules: a package `next build` did not trace fails here as in the image.
 */
function imageDirectory(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sync-portal-web-image-'));
  cpSync(path.join(ROOT, '.next/standalone'), dir, { recursive: true });
  cpSync(path.join(ROOT, '.next/static'), path.join(dir, '.next/static'), { recursive: true });
  return dir;
}

/**
 * `mode`: 'start-prod' (default) serves the build through `npm run start:prod` (.next/standalone/server.js in
 * place); 'image' runs `node server.js` in a copy laid out like the web image.
 */
export async function startApp(
  slot: number,
  extraEnv: Record<string, string> = {},
  { mode = 'start-prod' }: { mode?: 'start-prod' | 'image' } = {},
): Promise<App> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('run `npx next build` before the security tests (they drive the production server)');
  const port = lanePort(slot);
  const url = `http://127.0.0.1:${port}`;
  const prefix = `${process.env.QUEUE_PREFIX}-sec${slot}-${process.pid}`;
  const image = mode === 'image' ? imageDirectory() : undefined;
  const args = {
    'start-prod': [path.join(ROOT, 'scripts/start-prod.mjs')],
    image: ['server.js'],
  }[mode];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: image ?? ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: process.env.DATABASE_URL,
      AUTH_SECRET: process.env.AUTH_SECRET,
      MFA_ENCRYPTION_KEY: process.env.MFA_ENCRYPTION_KEY,
      AUTH_TRUST_HOST: 'true',
      BCRYPT_COST: '4',
      UPLOADS_DIR: path.join(ROOT, '.data/test-uploads'),
      QUEUE_PREFIX: prefix,
      SESSION_CACHE_TTL_MS: '0',
      HOSTNAME: '127.0.0.1',
      PORT: String(port),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/api/health?check=mysql`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer in 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    prefix,
    output: () => output,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      if (image) rmSync(image, { recursive: true, force: true });
    },
  };
}

/** Removes the jobs a test queued through the server (its queue prefix is its own). */
export async function obliterateQueue(prefix: string): Promise<void> {
  const queue = new Queue(SYNC_QUEUE_NAME, { connection: workerConnection(), prefix: `{${prefix}}` });
  await queue.obliterate({ force: true });
  await queue.close();
}
