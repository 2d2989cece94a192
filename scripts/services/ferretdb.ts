/**
 * Why: no mongod package is reachable on our machines, so we build FerretDB v1.24.2 (MongoDB wire protocol) once
 * per machine with its PostgreSQL backend and cache the binary outside the clone. On PostgreSQL, FerretDB pushes
 * equality filters down (0.14 s vs 5 s on SQLite for one find over 100,000 documents). The module source lacks
 * the generated build/version/version.txt that FerretDB panics without, so we build from a copy with that file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR, log, which } from './util';

const VERSION = 'v1.24.2';
const MODULE = `github.com/FerretDB/FerretDB@${VERSION}`;

function goBinary(): string {
  const go = which('go') ?? (existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null);
  if (!go) throw new Error('FerretDB must be built with Go, but no `go` toolchain was found (install golang or set MONGODB_URI)');
  return go;
}

export function ferretdbBinary(): string {
  const cacheRoot = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  const binary = path.join(cacheRoot, 'sync-portal', `ferretdb-${VERSION}-postgresql`);
  if (existsSync(binary)) return binary;
  const go = goBinary();
  log(`FerretDB: building ${MODULE} with ${go} (first time on this machine; takes a few minutes)`);
  const info = JSON.parse(execFileSync(go, ['mod', 'download', '-json', MODULE], { encoding: 'utf8', cwd: os.tmpdir() })) as { Dir: string };
  const work = mkdtempSync(path.join(os.tmpdir(), 'ferretdb-src-'));
  try {
    cpSync(info.Dir, work, { recursive: true });
    execFileSync('chmod', ['-R', 'u+w', work]);
    writeFileSync(path.join(work, 'build/version/version.txt'), `${VERSION}\n`);
    mkdirSync(path.dirname(binary), { recursive: true });
    execFileSync(go, ['build', '-trimpath', '-o', `${binary}.tmp`, './cmd/ferretdb'], { cwd: work, stdio: 'inherit' });
    execFileSync('mv', [`${binary}.tmp`, binary]);
    chmodSync(binary, 0o755);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return binary;
}

/** Starts FerretDB on 127.0.0.1:port over the PostgreSQL database at postgresqlUrl; state and log in dir. */
export function startFerretdb(port: number, postgresqlUrl: string, dir = path.join(DATA_DIR, 'ferretdb')): number {
  const binary = ferretdbBinary();
  mkdirSync(dir, { recursive: true });
  const out = openSync(path.join(dir, 'ferretdb.log'), 'a');
  const child = spawn(
    binary,
    [
      '--handler=postgresql',
      `--postgresql-url=${postgresqlUrl}`,
      `--listen-addr=127.0.0.1:${port}`,
      '--telemetry=disable',
      '--debug-addr=-',
      `--state-dir=${dir}`,
      '--log-level=warn',
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  if (!child.pid) throw new Error('FerretDB failed to start');
  return child.pid;
}
