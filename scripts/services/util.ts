/**
 * Why: the services script must work on a fresh Debian machine as well as on one where everything already runs,
 * so these helpers answer "is it listening?", "is the binary there?" and "install it" without side effects
 * beyond what was asked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const DATA_DIR = path.resolve('.data');
const STATE_FILE = path.join(DATA_DIR, 'services.json');

export type StartedService = { name: string; pid?: number; stop?: string[] };

export function log(message: string): void {
  console.log(`[services] ${message}`);
}

export function portOpen(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function waitForPort(host: string, port: number, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await portOpen(host, port)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not start listening on ${host}:${port} within ${timeoutMs / 1000}s`);
}

export function which(binary: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

export function isLocalHost(host: string): boolean {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
}

let aptUpdated = false;
export function aptInstall(pkg: string, binary: string): void {
  if (which(binary) || existsSync(binary)) return;
  log(`${binary} not found: installing Debian package ${pkg}`);
  const envVars = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: envVars });
  aptUpdated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'inherit', env: envVars });
}

export function readStarted(): StartedService[] {
  if (!existsSync(STATE_FILE)) return [];
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as StartedService[];
}

export function writeStarted(services: StartedService[]): void {
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(services, null, 2));
}

export function rememberStarted(service: StartedService): void {
  writeStarted([...readStarted().filter((s) => s.name !== service.name), service]);
}
