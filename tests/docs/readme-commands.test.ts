/**
 * Why: the README and the shell scripts tell people to `npm run <name>`; a script missing from package.json
 * (start:prod and worker:prod once were) makes `npm run stack` start nothing and still exit 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

it('every `npm run <script>` named in the README and the shell scripts exists in package.json', () => {
  const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
  const named = new Set<string>();
  for (const file of ['README.md', 'scripts/stack.sh', 'scripts/test-all.sh', 'Dockerfile']) {
    for (const match of read(file).matchAll(/npm run (?:--silent )?([a-z][\w:-]*)/g)) named.add(match[1]);
  }
  expect(named.size).toBeGreaterThan(10);
  expect([...named].filter((name) => !scripts.includes(name))).toEqual([]);
});
