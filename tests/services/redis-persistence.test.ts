import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { redisServerArgs } from '@/scripts/services/redis';
import { privatePort, waitForPort } from '../faults/support/private-stores';

const port = privatePort(8);
const dir = mkdtempSync(path.join(os.tmpdir(), 'services-redis-'));
const start = async () => {
  const child = spawn('redis-server', redisServerArgs(port, dir), { stdio: 'ignore' });
  await waitForPort(port);
  return child;
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the Redis that npm run services starts keeps queued jobs across a SIGKILL and restart (AOF)', async () => {
  let server = await start();
  const client = new Redis(`redis://127.0.0.1:${port}`, { maxRetriesPerRequest: 1, lazyConnect: true });
  await client.connect();
  expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
  expect(await client.config('GET', 'appendfsync')).toEqual(['appendfsync', 'everysec']);
  await client.set('job:1', 'queued');
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // appendfsync everysec: on disk within a second
  client.disconnect();
  server.kill('SIGKILL');
  await waitForPort(port, false);

  server = await start();
  const after = new Redis(`redis://127.0.0.1:${port}`, { maxRetriesPerRequest: 1 });
  try {
    expect(await after.get('job:1')).toBe('queued');
  } finally {
    after.disconnect();
    server.kill('SIGKILL');
  }
});
