/**
 * Why: fault tests kill and restart stores under a running worker. They must never touch the shared services, so
 * each starts its own Redis, FerretDB or MariaDB on this lane's private ports (TEST_LANE=N: 20000 + N*100 ..
 * +99), with data in a temporary directory, and kills only the process it started.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { dropPostgresDatabase, ensurePostgres } from '@/scripts/services/postgres';
import { startFerretdb } from '@/scripts/services/ferretdb';

const lane = Number(process.env.TEST_LANE ?? '0');

/** The lane's private port number `offset` (0-99). */
export function privatePort(offset: number): number {
  return 20_000 + lane * 100 + offset;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

export async function waitForPort(port: number, up = true, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await portAnswers(port)) !== up) {
    if (Date.now() > deadline) throw new Error(`port ${port} still ${up ? 'closed' : 'open'} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A store process on a private port that can be SIGKILLed and started again on the same data. */
export type PrivateStore = { url: string; port: number; kill(): Promise<void>; start(): Promise<void>; close(): Promise<void> };

function managedProcess(port: number, url: string, launch: () => ChildProcess | number, cleanup: () => void): PrivateStore {
  let current: ChildProcess | number | null = null;
  const signal = (sig: NodeJS.Signals) => {
    if (typeof current === 'number') {
      try {
        process.kill(current, sig);
      } catch {
        // already gone
      }
    } else current?.kill(sig);
  };
  const store: PrivateStore = {
    url,
    port,
    async start() {
      if (await portAnswers(port)) throw new Error(`private port ${port} is already in use`);
      current = launch();
      await waitForPort(port);
    },
    async kill() {
      signal('SIGKILL');
      current = null;
      await waitForPort(port, false);
    },
    async close() {
      if (current) await store.kill();
      cleanup();
    },
  };
  return store;
}

export async function startPrivateRedis(port: number, { persistence }: { persistence: boolean }): Promise<PrivateStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fault-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
    '--appendonly',
    persistence ? 'yes' : 'no',
    ...(persistence ? ['--appendfsync', 'everysec'] : []),
  ];
  const store = managedProcess(
    port,
    `redis://127.0.0.1:${port}`,
    () => spawn('redis-server', args, { stdio: 'ignore' }),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  await store.start();
  return store;
}

export async function startPrivateFerretdb(port: number, label: string): Promise<PrivateStore> {
  const database = `ferretdb_lane${lane}_${label}`;
  dropPostgresDatabase(database);
  const postgresUrl = await ensurePostgres(database);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fault-ferretdb-'));
  const store = managedProcess(
    port,
    `mongodb://127.0.0.1:${port}/`,
    () => startFerretdb(port, postgresUrl, dir),
    () => {
      dropPostgresDatabase(database);
      rmSync(dir, { recursive: true, force: true });
    },
  );
  await store.start();
  return store;
}

export async function startPrivateMariadb(port: number): Promise<PrivateStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fault-mariadb-'));
  // --no-defaults: the machine's my.cnf names the shared server's socket, pid file and logs.
  execFileSync('mariadb-install-db', ['--no-defaults', '--user=root', `--datadir=${dir}/data`, '--auth-root-authentication-method=normal', '--skip-test-db'], {
    stdio: 'ignore',
  });
  const args = [
    '--no-defaults',
    `--datadir=${dir}/data`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${dir}/mysqld.sock`,
    `--pid-file=${dir}/mysqld.pid`,
    '--user=root',
    '--skip-grant-tables',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=16M',
    '--performance-schema=OFF',
  ];
  const store = managedProcess(
    port,
    `mysql://root@127.0.0.1:${port}`,
    () => spawn('mariadbd', args, { stdio: 'ignore' }),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  await store.start();
  return store;
}
