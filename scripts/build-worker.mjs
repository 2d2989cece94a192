// Why: production runs the worker with plain `node` (no tsx, no TypeScript at run time): esbuild bundles
// worker/index.ts and the lib/ code it reaches into one ES module; npm packages stay external (node_modules).
import { build } from 'esbuild';

await build({
  entryPoints: ['worker/index.ts'],
  outfile: 'dist/worker/index.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log('[build:worker] dist/worker/index.mjs');
