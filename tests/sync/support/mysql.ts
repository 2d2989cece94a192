/** Why: cross-engine tests write MySQL tables in a schema of their own (never the portal's), dropped afterwards. */
import type { Pool } from 'mysql2/promise';
import { env } from '@/lib/env';
import { createSyncMysqlPool } from '@/lib/sync/mysql/pool';

export type TestSchema = { pool: Pool; schema: string; drop(): Promise<void> };

export async function openSchema(label: string): Promise<TestSchema> {
  const pool = createSyncMysqlPool(env.DATABASE_URL);
  const schema = `test_${label}_${process.pid}`;
  await pool.query(`DROP DATABASE IF EXISTS \`${schema}\``);
  await pool.query(`CREATE DATABASE \`${schema}\``);
  return {
    pool,
    schema,
    async drop() {
      await pool.query(`DROP DATABASE IF EXISTS \`${schema}\``);
      await pool.end();
    },
  };
}
