/** Why: every test run starts from an empty MySQL test database with all committed migrations applied. */
import mysql from 'mysql2/promise';
import { runMigrations } from '../../scripts/migrate';

export default async function setup(): Promise<void> {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/sync_portal_test');
  const name = url.pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/';
  const connection = await mysql.createConnection(server.toString());
  await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  await runMigrations(url.toString());
}
