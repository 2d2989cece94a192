/**
 * Why: the Dockerfile's worker image runs the esbuild bundle over `npm ci --omit=dev`, and Docker cannot run here
 * to prove it. A package the bundle imports that sits in devDependencies would start in every test here (they have
 * the full node_modules) and crash only in the image, so this reads the bundle's external imports off esbuild's
 * metafile and requires each to be a production dependency.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

it('every package the compiled worker imports is a production dependency (the worker image omits dev ones)', async () => {
  const result = await build({
    entryPoints: [path.join(ROOT, 'worker/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    outfile: 'worker.mjs',
    logLevel: 'silent',
  });
  const imported = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const entry of output.imports) {
      if (entry.external && !entry.path.startsWith('node:')) imported.add(packageName(entry.path));
    }
  }
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  expect(imported.has('bullmq')).toBe(true);
  expect([...imported].filter((name) => !(name in manifest.dependencies))).toEqual([]);
});
