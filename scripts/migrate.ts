/** Why: applies the committed drizzle/ migrations to DATABASE_URL (creating the database first via services). */
import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import mysql from 'mysql2/promise';
import { env } from '../lib/env';

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
