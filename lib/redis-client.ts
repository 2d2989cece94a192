/**
 * Why: one place decides whether a Redis client talks to a single server (REDIS_URL) or joins a Redis Cluster
 * (REDIS_CLUSTER_NODES, seed nodes as host:port,…; ioredis finds the rest and follows MOVED/ASK redirects and
 * failovers). BullMQ on a cluster needs every key of a queue in one hash slot: see queuePrefix().
 */
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { env } from './env';

export type RedisClient = Redis | Cluster;

export function clusterNodes(): { host: string; port: number }[] | null {
  if (!env.REDIS_CLUSTER_NODES) return null;
  return env.REDIS_CLUSTER_NODES.split(',').map((node) => {
    const [host, port] = node.split(':');
    return { host, port: Number(port) };
  });
}

/** A client with these options, on the cluster when REDIS_CLUSTER_NODES is set, else on REDIS_URL. */
export function createRedisClient(options: RedisOptions): RedisClient {
  const nodes = clusterNodes();
  if (!nodes) return new Redis(env.REDIS_URL, options);
  const { enableOfflineQueue, retryStrategy, ...redisOptions } = options;
  return new Cluster(nodes, {
    redisOptions,
    enableOfflineQueue,
    clusterRetryStrategy: retryStrategy ?? undefined,
    slotsRefreshTimeout: 2_000,
  });
}
