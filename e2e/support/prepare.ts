/** Why: every e2e run starts from an empty, migrated MySQL database holding only the demo users. */
import { execFileSync } from 'node:child_process';
import mysql from 'mysql2/promise';
import { runMigrations } from '../../scripts/migrate';
import { E2E_ENV } from './env';

async function main(): Promise<void> {
  const url = new URL(E2E_ENV.DATABASE_URL);
  const name = url.pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/';
  const connection = await mysql.createConnection(server.toString());
  await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  await runMigrations(url.toString());
  execFileSync('npx', ['tsx', 'scripts/seed-users.ts'], { stdio: 'inherit', env: { ...process.env, ...E2E_ENV, NODE_ENV: 'test' } });
}

main().catch((error: Error) => {
  console.error(`[e2e prepare] ${error.message}`);
  process.exit(1);
});
