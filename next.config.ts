/** Why: forbidden() needs authInterrupts; profile pictures (≤ 2 MB) need a larger server-action body; store drivers stay external. */
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['mongodb', 'bullmq', 'ioredis', 'bcryptjs', 'mysql2', 'rate-limiter-flexible'],
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: '3mb' },
  },
};

export default nextConfig;
