import { builtinModules } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const FORBIDDEN_PACKAGES = /^(bcryptjs|mysql2|mongodb|ioredis|bullmq|drizzle-orm|server-only)(\/|$)/;
const builtins = new Set(builtinModules);

/** Bundles entry points for the browser and lists every Node-only module they reach. */
async function nodeOnlyImports(entry: string): Promise<string[]> {
  const found = new Set<string>();
  const detector: Plugin = {
    name: 'node-only-detector',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/^node:/, '');
        if (args.path.startsWith('node:') || builtins.has(bare) || FORBIDDEN_PACKAGES.test(args.path)) {
          found.add(`${args.path} (from ${path.relative(process.cwd(), args.importer)})`);
          return { path: args.path, external: true };
        }
        if (args.path === 'next' || args.path.startsWith('next/')) return { path: args.path, external: true };
        return undefined;
      });
    },
  };
  await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    plugins: [detector],
    alias: { '@': process.cwd() },
  });
  return [...found];
}

describe('what the proxy loads is edge-safe', () => {
  it.each(['proxy.ts', 'lib/auth/config.ts'])('%s reaches no node: builtin, bcryptjs, mysql2 or mongodb', async (entry) => {
    expect(await nodeOnlyImports(entry)).toEqual([]);
  });

  it('the detector does catch Node-only imports (control: the Node-side auth instance)', async () => {
    const found = await nodeOnlyImports('lib/auth/index.ts');
    expect(found.some((f) => f.startsWith('mysql2'))).toBe(true);
    expect(found.some((f) => f.startsWith('bcryptjs') || f.startsWith('node:worker_threads'))).toBe(true);
  });
});
