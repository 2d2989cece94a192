/**
 * Why: FerretDB keeps its data in PostgreSQL (its PostgreSQL backend pushes equality filters down; the SQLite one
 * scans every row). PostgreSQL normally runs on our machines; on a fresh one we install Debian's `postgresql`,
 * start its cluster, and create FerretDB's database. Only ever touches 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { aptInstall, log, portOpen, rememberStarted, waitForPort } from './util';

export const FERRETDB_PG_HOST = '127.0.0.1';
export const FERRETDB_PG_PORT = 5432;

function psql(sql: string, database = 'postgres'): string {
  return execFileSync('psql', ['-h', FERRETDB_PG_HOST, '-p', String(FERRETDB_PG_PORT), '-U', 'postgres', '-d', database, '-Atqc', sql], {
    encoding: 'utf8',
  }).trim();
}

async function startCluster(): Promise<void> {
  aptInstall('postgresql', 'psql');
  const versions = readdirSync('/etc/postgresql');
  const version = versions.sort().at(-1);
  if (!version) throw new Error('PostgreSQL is installed but has no cluster in /etc/postgresql');
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  await waitForPort(FERRETDB_PG_HOST, FERRETDB_PG_PORT, 'PostgreSQL');
  rememberStarted({ name: 'postgresql', stop: ['pg_ctlcluster', '--skip-systemctl-redirect', version, 'main', 'stop'] });
  log(`PostgreSQL: started cluster ${version}/main on ${FERRETDB_PG_HOST}:${FERRETDB_PG_PORT}`);
}

/** PostgreSQL reachable on 127.0.0.1:5432 with `database` created (FerretDB creates its own schemas in it). */
export async function ensurePostgres(database: string): Promise<string> {
  if (!/^\w+$/.test(database)) throw new Error(`refusing PostgreSQL database name "${database}"`);
  if (await portOpen(FERRETDB_PG_HOST, FERRETDB_PG_PORT)) log(`PostgreSQL: already running on ${FERRETDB_PG_HOST}:${FERRETDB_PG_PORT}`);
  else await startCluster();
  if (psql(`SELECT 1 FROM pg_database WHERE datname = '${database}'`) !== '1') {
    psql(`CREATE DATABASE "${database}"`);
    log(`PostgreSQL: created database ${database}`);
  }
  return `postgres://postgres@${FERRETDB_PG_HOST}:${FERRETDB_PG_PORT}/${database}`;
}

/** Drops a database a test created for its private FerretDB. */
export function dropPostgresDatabase(database: string): void {
  if (!/^\w+$/.test(database)) throw new Error(`refusing PostgreSQL database name "${database}"`);
  psql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}
