/**
 * Why: no mongod package is reachable on our machines, so we build FerretDB v1.24.2 (MongoDB wire protocol on
 * SQLite) once per machine and cache the binary outside the clone. The module source lacks the generated
 * build/version/version.txt that FerretDB panics without, so we build from a copy with that file written.
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
  const binary = path.join(cacheRoot, 'sync-portal', `ferretdb-${VERSION}`);
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
    execFileSync(go, ['build', '-trimpath', '-tags', 'ferretdb_no_postgresql', '-o', `${binary}.tmp`, './cmd/ferretdb'], { cwd: work, stdio: 'inherit' });
    execFileSync('mv', [`${binary}.tmp`, binary]);
    chmodSync(binary, 0o755);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return binary;
}

export function startFerretdb(port: number): number {
  const binary = ferretdbBinary();
  const dir = path.join(DATA_DIR, 'ferretdb');
  mkdirSync(dir, { recursive: true });
  const out = openSync(path.join(dir, 'ferretdb.log'), 'a');
  const child = spawn(binary, [
    '--handler=sqlite', `--sqlite-url=file:${dir}/`, `--listen-addr=127.0.0.1:${port}`,
    '--telemetry=disable', '--debug-addr=-', `--state-dir=${dir}`, '--log-level=warn',
  ], { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  if (!child.pid) throw new Error('FerretDB failed to start');
  return child.pid;
}
