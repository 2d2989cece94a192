/** Why: applies the committed drizzle/ migrations to DATABASE_URL (creating the database first via services). */
import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import mysql from 'mysql2/promise';
import { env } from '../lib/env';

/** Drops and recreates the database named in the URL (tests, e2e and benchmarks start from empty). */
export async function recreateDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`refusing to recreate database "${name}"`);
  url.pathname = '/';
  const connection = await mysql.createConnection(url.toString());
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

export async function runMigrations(databaseUrl: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: databaseUrl, multipleStatements: true });
  try {
    await migrate(drizzle(connection), { migrationsFolder: 'drizzle' });
  } finally {
    await connection.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runMigrations(env.DATABASE_URL)
    .then(() => console.log(`[migrate] ${new URL(env.DATABASE_URL).pathname.slice(1)} is up to date`))
    .catch((error: Error) => {
      console.error(`[migrate] ${error.message}`);
      process.exit(1);
    });
}
