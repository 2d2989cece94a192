/** Why: MariaDB must be reachable and the app database must exist before migrations run. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import mysql from 'mysql2/promise';
import { aptInstall, isLocalHost, log, portOpen, rememberStarted, waitForPort } from './util';

export async function ensureMysql(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const host = url.hostname;
  const port = Number(url.port || 3306);
  if (await portOpen(host, port)) {
    log(`MySQL: already running on ${host}:${port}`);
  } else {
    if (!isLocalHost(host)) throw new Error(`MySQL at ${host}:${port} is not reachable (DATABASE_URL)`);
    aptInstall('mariadb-server', '/usr/sbin/mariadbd');
    mkdirSync('/run/mysqld', { recursive: true });
    execFileSync('chown', ['mysql:mysql', '/run/mysqld']);
    execFileSync('start-stop-daemon', ['--start', '--oknodo', '--background', '--exec', '/usr/sbin/mariadbd', '--', '--user=mysql'], { stdio: 'inherit' });
    await waitForPort(host, port, 'MariaDB');
    rememberStarted({ name: 'mysql', stop: ['start-stop-daemon', '--stop', '--oknodo', '--exec', '/usr/sbin/mariadbd'] });
    log(`MySQL: started MariaDB on ${host}:${port}`);
  }
  const database = url.pathname.replace(/^\//, '');
  if (!/^\w+$/.test(database)) throw new Error(`DATABASE_URL must name a database (letters, digits, _), got "${database}"`);
  url.pathname = '/';
  const connection = await mysql.createConnection(url.toString());
  try {
    const [rows] = await connection.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [database]);
    if ((rows as unknown[]).length === 0) {
      await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      log(`MySQL: created database ${database}`);
    } else {
      log(`MySQL: database ${database} exists`);
    }
  } finally {
    await connection.end();
  }
}
