import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = () => execFileSync('npx', ['tsx', 'scripts/services.ts', 'up'], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });

describe('npm run services', () => {
  it('is idempotent: with everything running it starts nothing and says so', () => {
    run();
    const second = run();
    expect(second).toContain('MySQL: already running');
    expect(second).toContain('Redis: already running');
    expect(second).toMatch(/MongoDB: using 127\.0\.0\.1:\d+/);
    expect(second).toContain('all services reachable');
    expect(second).not.toMatch(/started|installing/);
  });
});
