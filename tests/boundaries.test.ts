/**
 * Why: three layering rules hold only while something checks them. The sync engine (lib/sync) must stay free of
 * BullMQ and Next.js, directly or through anything it imports, so the worker, the CLI, tests and benchmarks all
 * drive the same code; the production worker must hold no test-only code (test hooks live in tests/); and imports
 * run one way, app/ → components/ → lib/: nothing in components/ or lib/ imports app/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The path a relative or `@/` import points at (extension and index not resolved); null for packages. */
function importBase(from: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return path.join(ROOT, specifier.slice(2));
  return specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = importBase(from, specifier);
  if (!base) return null;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

/** Every package a file reaches, following its relative and `@/` imports transitively. */
function packagesReachedFrom(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      const local = resolveLocal(file, specifier);
      if (local) queue.push(local);
      else if (!specifier.startsWith('.') && !specifier.startsWith('@/')) packages.set(specifier, path.relative(ROOT, file));
    }
  }
  return packages;
}

const tsFiles = (dir: string) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(ROOT, dir, f));

describe('boundaries', () => {
  it('finds imports of every form the rule has to catch', () => {
    const sample = path.join(ROOT, 'tests/boundaries.test.ts');
    expect(importsOf(sample)).toEqual(expect.arrayContaining(['node:fs', 'node:path', 'vitest']));
  });

  it.each(tsFiles('lib/sync').map((f) => [path.relative(ROOT, f), f]))('%s reaches neither bullmq nor next', (_name, file) => {
    const forbidden = [...packagesReachedFrom(file)].filter(([pkg]) => /^(bullmq|next|next-auth)(\/|$)/.test(pkg));
    expect(forbidden.map(([pkg, via]) => `${pkg} (imported by ${via})`)).toEqual([]);
  });

  it.each(['components', 'lib'])('nothing in %s/ imports app/', (dir) => {
    const offenders = tsFiles(dir).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => {
          const base = importBase(file, specifier);
          return base !== null && /^app(\/|$)/.test(path.relative(ROOT, base));
        })
        .map((specifier) => `${path.relative(ROOT, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the worker holds no test-only hooks', () => {
    const offenders = tsFiles('worker').filter((file) => {
      const source = readFileSync(file, 'utf8');
      return /SYNC_TEST_|NODE_ENV\s*===?\s*['"]test['"]|test[-_ ]hooks?/i.test(source) || importsOf(file).some((s) => s.includes('tests/'));
    });
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
