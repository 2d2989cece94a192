import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceStamp } from '../../scripts/bench/source-stamp';

const dir = mkdtempSync(join(tmpdir(), 'bench-stamp-'));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: dir, stdio: 'ignore' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark build stamp', () => {
  it('changes with every edit, new file and commit, and stays put when nothing changed', () => {
    git('init', '-q');
    writeFileSync(join(dir, 'page.ts'), 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'one');
    const committed = sourceStamp(dir);
    expect(committed).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceStamp(dir)).toBe(committed);

    writeFileSync(join(dir, 'page.ts'), 'export const a = 2;\n');
    const edited = sourceStamp(dir);
    expect(edited).not.toBe(committed);

    writeFileSync(join(dir, 'new.ts'), 'export const b = 1;\n');
    const added = sourceStamp(dir);
    expect(added).not.toBe(edited);

    git('add', '.');
    git('commit', '-qm', 'two');
    expect(sourceStamp(dir)).not.toBe(added);
  });

  it('is null outside a git checkout', () => {
    const plain = mkdtempSync(join(tmpdir(), 'bench-stamp-plain-'));
    try {
      expect(sourceStamp(plain)).toBeNull();
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
