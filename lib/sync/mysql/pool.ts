/**
 * Why: sync endpoints on MySQL need a connection the portal's ORM pool does not give: strict SQL mode on every
 * session (a value that does not fit its column fails instead of being truncated), UTC dates, and big numbers
 * and decimals as exact strings. It points at MYSQL_SYNC_URL's server, or the portal's own (schemas chosen per spec).
 */
import mysql from 'mysql2/promise';
import { env } from '../../env';

export const STRICT_SQL_MODE = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

export function createSyncMysqlPool(uri: string): mysql.Pool {
  const url = new URL(uri);
  url.pathname = '/';
  const pool = mysql.createPool({
    uri: url.toString(),
    connectionLimit: 4,
    connectTimeout: 5_000,
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: false,
    charset: 'utf8mb4_bin',
    // JSON stays text: SQL NULL (absent) and JSON null must stay apart, and Extended JSON is parsed by the mapping.
    jsonStrings: true,
  });
  pool.on('connection', (connection) => {
    connection.query(`SET SESSION sql_mode = '${STRICT_SQL_MODE}', time_zone = '+00:00'`);
  });
  return pool;
}

const globalForSync = globalThis as unknown as { syncMysqlPool?: mysql.Pool };

export function getSyncMysqlPool(): mysql.Pool {
  return (globalForSync.syncMysqlPool ??= createSyncMysqlPool(env.MYSQL_SYNC_URL ?? env.DATABASE_URL));
}

export async function closeSyncMysqlPool(): Promise<void> {
  const pool = globalForSync.syncMysqlPool;
  globalForSync.syncMysqlPool = undefined;
  await pool?.end();
}

/** The portal's own schema (DATABASE_URL's database): never a sync endpoint. */
export function portalSchema(): string {
  return decodeURIComponent(new URL(env.DATABASE_URL).pathname.replace(/^\//, ''));
}

export const quoteId = (name: string) => `\`${name.replaceAll('`', '``')}\``;
export const quoteTable = (ns: { db: string; collection: string }) => `${quoteId(ns.db)}.${quoteId(ns.collection)}`;
