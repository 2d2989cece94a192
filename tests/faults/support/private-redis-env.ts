/**
 * Why: the Redis fault tests point this test process (queue reads, the CLI children) and its worker children at
 * a private Redis they can kill. Imported first, before lib/env.ts reads the environment.
 */
import '../../sync/support/isolate';
import { privatePort } from './private-stores';

export const PRIVATE_REDIS_PORT = privatePort(1);
process.env.REDIS_URL = `redis://127.0.0.1:${PRIVATE_REDIS_PORT}`;
