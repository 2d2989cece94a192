/** Why: one mysql2 pool per process (cached on globalThis so dev hot-reload does not leak connections). */
import { drizzle } from 'drizzle-orm/mysql2';
import mysql from 'mysql2/promise';
import { env } from '../env';
import * as schema from './schema';

const globalForDb = globalThis as unknown as { mysqlPool?: mysql.Pool };

export const pool = globalForDb.mysqlPool ?? mysql.createPool({ uri: env.DATABASE_URL, connectionLimit: 10, connectTimeout: 3_000, timezone: 'Z' });
if (env.NODE_ENV !== 'production') globalForDb.mysqlPool = pool;

export const db = drizzle(pool, { schema, mode: 'default' });
