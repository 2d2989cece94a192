/**
 * Why: the technician console shows each service's version beside /api/health's up/down and latency. Kept
 * apart from the public health route on purpose: versions are for staff, not for anonymous load balancers.
 * Mail is probed by reading the SMTP server's greeting (SMTP_URL); it is "down" when nothing listens.
 */
import 'server-only';
import net from 'node:net';
import type { MongoClient } from 'mongodb';
import { pool } from '../db';
import { env } from '../env';
import { createMongoClient } from '../mongo/client';
import { httpRedis } from '../redis';
import { CHECK_NAMES, runCheck, type CheckResult } from './checks';

export type ServiceHealth = CheckResult & { name: string; label: string; version: string | null };

const TIMEOUT_MS = 2_000;
const LABELS: Record<string, string> = { mysql: 'MySQL (MariaDB)', redis: 'Redis', mongodb: 'MongoDB (wire)', mail: 'Mail (SMTP)' };
const globalForVersions = globalThis as unknown as { versionsMongo?: MongoClient };

function mongo(): MongoClient {
  globalForVersions.versionsMongo ??= createMongoClient({ serverSelectionTimeoutMS: TIMEOUT_MS, connectTimeoutMS: TIMEOUT_MS, maxPoolSize: 1 });
  return globalForVersions.versionsMongo;
}

const VERSION_PROBES: Record<(typeof CHECK_NAMES)[number], () => Promise<string>> = {
  mysql: async () => String(((await pool.query('SELECT VERSION() AS v')) as unknown as [{ v: string }[]])[0][0]?.v ?? ''),
  redis: async () => /redis_version:([^\r\n]+)/.exec(await (await httpRedis()).info('server'))?.[1] ?? '',
  mongodb: async () => {
    const info = await mongo().db('admin').command({ buildInfo: 1 });
    return info.ferretdbVersion ? `${info.version} (FerretDB ${info.ferretdbVersion})` : String(info.version);
  },
};

function withTimeout<T>(promise: Promise<T>): Promise<T | null> {
  return Promise.race([promise.catch(() => null), new Promise<null>((resolve) => setTimeout(() => resolve(null), TIMEOUT_MS).unref())]);
}

/** Connects to SMTP_URL's host and port and reads the 220 greeting line. */
function smtpGreeting(): Promise<string> {
  const url = new URL(env.SMTP_URL);
  const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 25));
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port, timeout: TIMEOUT_MS });
    socket.once('data', (chunk) => {
      socket.destroy();
      resolve(
        chunk
          .toString()
          .split('\r\n')[0]!
          .replace(/^220[ -]/, ''),
      );
    });
    socket.once('timeout', () => (socket.destroy(), reject(new Error(`no answer within ${TIMEOUT_MS} ms`))));
    socket.once('error', reject);
  });
}

async function mailHealth(): Promise<ServiceHealth> {
  const started = performance.now();
  try {
    const greeting = await smtpGreeting();
    return { name: 'mail', label: LABELS.mail!, status: 'ok', latencyMs: Math.round(performance.now() - started), version: greeting.slice(0, 80) };
  } catch (error) {
    return {
      name: 'mail',
      label: LABELS.mail!,
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      version: null,
      error: (error as Error).message.startsWith('no answer') ? (error as Error).message : 'unreachable',
    };
  }
}

export async function serviceHealth(): Promise<ServiceHealth[]> {
  const stores = CHECK_NAMES.map(async (name) => {
    const [check, version] = await Promise.all([runCheck(name), withTimeout(VERSION_PROBES[name]())]);
    return { ...check, name, label: LABELS[name]!, version: check.status === 'ok' ? version || null : null };
  });
  return Promise.all([...stores, mailHealth()]);
}
