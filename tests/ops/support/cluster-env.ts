/**
 * Why: the cluster test points this process (queueing, schedules) and its worker children at a private Redis
 * Cluster on this lane's ports. Imported first, before lib/env.ts reads the environment.
 */
import '../../sync/support/isolate';
import { privatePort } from '../../faults/support/private-stores';

export const CLUSTER_PORTS = [60, 61, 62, 63, 64, 65].map(privatePort);
process.env.REDIS_CLUSTER_NODES = CLUSTER_PORTS.slice(0, 3)
  .map((port) => `127.0.0.1:${port}`)
  .join(',');
