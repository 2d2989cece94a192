import { describe, expect, it } from 'vitest';
import { hashStats } from '@/lib/auth/hash-pool';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { authenticate } from '@/lib/auth/authenticate';

describe('password hashing', () => {
  it('hashes with bcrypt at the configured cost and verifies', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  });

  it('does not truncate: two 100-character passwords differing only after byte 72 do not match', async () => {
    const prefix = 'a'.repeat(80);
    const first = `${prefix}${'b'.repeat(20)}`;
    const second = `${prefix}${'c'.repeat(20)}`;
    expect(first).toHaveLength(100);
    const hash = await hashPassword(first);
    expect(await verifyPassword(first, hash)).toBe(true);
    expect(await verifyPassword(second, hash)).toBe(false);
  });

  it('runs a real hash comparison for an unknown user', async () => {
    const before = hashStats().comparisons;
    const result = await authenticate(`ghost${Date.now()}`, 'whatever it is', { ip: '10.9.8.7', userAgent: 'vitest' });
    expect(result).toEqual({ ok: false, reason: 'invalid', retryAfterSeconds: undefined });
    expect(hashStats().comparisons).toBeGreaterThan(before);
  });
});

describe('hashing threads', () => {
  it('run at the lowest CPU priority so a burst of sign-ins cannot starve page requests', async () => {
    await hashPassword('priority check passphrase');
    const { readdirSync, readFileSync } = await import('node:fs');
    // /proc/self/task/<tid>/stat: the 19th field is the nice value (the command name may hold spaces, so skip past ')').
    const niceOf = (tid: string) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
    const nices = readdirSync('/proc/self/task').map(niceOf);
    expect(nices).toContain(19);
    expect(niceOf(String(process.pid))).toBe(0);
  });
});
