/**
 * Why: `output: 'standalone'` makes `next build` emit a self-contained server (.next/standalone/server.js with only
 * the node_modules it traces) for `npm run start:prod` and the Docker image. forbidden() needs authInterrupts; profile pictures (≤ 2 MB) need a larger server-action body; store drivers
 * stay external; the fixed security headers go on every response here (the per-request CSP is set in proxy.ts).
 * The benchmark pages (`page.bench.tsx`) are routes only in a build made with BENCH_ROUTES=1, which the bench
 * scripts make into their own folder (NEXT_DIST_DIR=.next-bench): the production build does not contain them.
 */
import type { NextConfig } from 'next';
import { SERVER_ACTION_BODY_LIMIT_MB } from './lib/http/body-limit';
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from './lib/http/security-headers';

const BENCH_BUILD = process.env.BENCH_ROUTES === '1';

const nextConfig: NextConfig = {
  output: 'standalone',
  outputFileTracingRoot: import.meta.dirname,
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR || '.next',
  pageExtensions: BENCH_BUILD ? ['bench.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
  // The password-hashing threads load bcryptjs from eval'd source (lib/auth/hash-pool.ts), which tracing cannot see.
  outputFileTracingIncludes: { '/**/*': ['./node_modules/bcryptjs/**/*'] },
  serverExternalPackages: ['mongodb', 'bullmq', 'ioredis', 'bcryptjs', 'mysql2', 'rate-limiter-flexible', 'pino', 'prom-client'],
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: `${SERVER_ACTION_BODY_LIMIT_MB}mb` },
  },
  async headers() {
    return [
      { source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
