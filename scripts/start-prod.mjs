// Why: `npm run start:prod` runs the standalone server `next build` emits (output: 'standalone'); the e2e journeys,
// the fault tests and the benchmarks run this same entry, so they test what ships. Next leaves the static assets
// (<distDir>/static, public/) for the deployer to copy next to it; this script does that, loads the .env files in
// Next's order (the standalone server reads none of the repo's; variables already set win), and anchors a relative
// UPLOADS_DIR at the repository (server.js changes its directory to the standalone folder). NEXT_DIST_DIR picks
// another build (the benchmarks' .next-bench); PORT and HOSTNAME say where it listens.
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const distDir = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.join(root, distDir, 'standalone');
if (!existsSync(path.join(standalone, 'server.js'))) {
  console.error(`[start:prod] no ${distDir}/standalone/server.js: run \`npm run build\` first`);
  process.exit(1);
}
for (const file of ['.env.production.local', '.env.local', '.env.production', '.env']) {
  if (existsSync(path.join(root, file))) process.loadEnvFile(path.join(root, file));
}
process.env.UPLOADS_DIR = path.resolve(root, process.env.UPLOADS_DIR ?? '.data/uploads');
cpSync(path.join(root, distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true });
if (existsSync(path.join(root, 'public'))) cpSync(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true });
await import(path.join(standalone, 'server.js'));
