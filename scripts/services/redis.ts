/**
 * Why: BullMQ needs a Redis that never evicts keys and keeps its jobs across a restart (append-only file, fsync
 * every second: at most a second of job updates is lost, never the jobs themselves). Start one only when none
 * is listening.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { DATA_DIR, aptInstall, isLocalHost, log, portOpen, rememberStarted, waitForPort } from './util';

/** How `npm run services` runs redis-server: never evicting, and keeping its data in an append-only file. */
export function redisServerArgs(port: number, dir: string): string[] {
  return [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'yes',
    '--appendfsync',
    'everysec',
    '--maxmemory-policy',
    'noeviction',
    '--dir',
    dir,
  ];
}

export async function ensureRedis(redisUrl: string): Promise<void> {
  const url = new URL(redisUrl);
  const host = url.hostname;
  const port = Number(url.port || 6379);
  if (await portOpen(host, port)) {
    log(`Redis: already running on ${host}:${port}`);
  } else {
    if (!isLocalHost(host)) throw new Error(`Redis at ${host}:${port} is not reachable (REDIS_URL)`);
    aptInstall('redis-server', 'redis-server');
    const dir = path.join(DATA_DIR, 'redis');
    mkdirSync(dir, { recursive: true });
    const pidfile = path.join(dir, 'redis.pid');
    execFileSync('redis-server', ['--daemonize', 'yes', ...redisServerArgs(port, dir), '--pidfile', pidfile, '--logfile', path.join(dir, 'redis.log')]);
    await waitForPort(host, port, 'Redis');
    rememberStarted({ name: 'redis', stop: ['redis-cli', '-h', host, '-p', String(port), 'shutdown', 'nosave'] });
    log(`Redis: started on ${host}:${port}`);
  }
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
    const [, policy] = (await client.config('GET', 'maxmemory-policy')) as string[];
    if (policy !== 'noeviction') log(`Redis: WARNING maxmemory-policy is ${policy}; BullMQ needs noeviction`);
    const [, aof] = (await client.config('GET', 'appendonly')) as string[];
    if (aof !== 'yes') log('Redis: WARNING appendonly is off; a Redis restart loses every queued and running job');
  } finally {
    client.disconnect();
  }
}
