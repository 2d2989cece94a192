/** Why: the sync engine needs a MongoDB wire-protocol server; prefer what the user already runs. */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startFerretdb } from './ferretdb';
import { ensurePostgres } from './postgres';
import { DATA_DIR, isLocalHost, log, portOpen, rememberStarted, waitForPort, which } from './util';

function startMongod(mongod: string, port: number): number {
  const dir = path.join(DATA_DIR, 'mongod');
  mkdirSync(dir, { recursive: true });
  const out = openSync(path.join(dir, 'mongod.log'), 'a');
  const child = spawn(mongod, ['--dbpath', dir, '--bind_ip', '127.0.0.1', '--port', String(port)], { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  return child.pid!;
}

export async function ensureMongo(mongoUri: string): Promise<void> {
  const url = new URL(mongoUri.replace(/^mongodb(\+srv)?:/, 'http:'));
  const host = url.hostname;
  const port = Number(url.port || 27017);
  if (mongoUri.startsWith('mongodb+srv:') || !isLocalHost(host) || (await portOpen(host, port))) {
    log(`MongoDB: using ${host}:${port}`);
  } else {
    const mongod = which('mongod');
    const name = mongod ? 'mongod' : 'FerretDB (PostgreSQL backend)';
    const pid = mongod ? startMongod(mongod, port) : startFerretdb(port, await ensurePostgres('ferretdb'));
    rememberStarted({ name: 'mongodb', pid });
    await waitForPort(host, port, name);
    log(`MongoDB: started ${name} on ${host}:${port} (pid ${pid}, data in .data/)`);
  }
  const client = new MongoClient(mongoUri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.db('admin').command({ ping: 1 });
  } catch (error) {
    throw new Error(`MongoDB at ${mongoUri} does not answer: ${(error as Error).message}`);
  } finally {
    await client.close();
  }
}
