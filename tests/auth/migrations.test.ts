import { describe, expect, it } from 'vitest';
import { pool } from '@/lib/db';

describe('migrations', () => {
  it('created every table and column on the empty test database', async () => {
    const [rows] = await pool.query('SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()');
    const columns = (rows as { t: string; c: string }[]).map((r) => `${r.t}.${r.c}`);
    expect(columns).toEqual(
      expect.arrayContaining([
        'users.email',
        'users.username',
        'users.first_name',
        'users.last_name',
        'users.address',
        'users.profile_picture',
        'users.role',
        'users.status',
        'users.password_hash',
        'users.created_at',
        'users.updated_at',
        'users.last_login_at',
        'sessions.id',
        'sessions.user_id',
        'sessions.created_at',
        'sessions.last_seen_at',
        'sessions.expires_at',
        'sessions.ip',
        'sessions.user_agent',
        'sessions.revoked_at',
        'audit_events.id',
        'audit_events.at',
        'audit_events.actor_user_id',
        'audit_events.action',
        'audit_events.target',
        'audit_events.ip',
        'audit_events.detail',
      ]),
    );
    const [applied] = await pool.query('SELECT COUNT(*) AS n FROM __drizzle_migrations');
    expect((applied as { n: number }[])[0].n).toBeGreaterThan(0);
  });
});
