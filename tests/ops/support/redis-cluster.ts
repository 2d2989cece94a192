/**
 * Why: the cluster test needs a real Redis Cluster it may break: six `redis-server --cluster-enabled yes` on this
 * lane's private ports (three masters, one replica each, built with `redis-cli --cluster create`), data in a
 * temporary directory, and a way to SIGKILL and restart exactly one node's process.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { until } from '../../support/until';
import { waitForPort } from '../../faults/support/private-stores';

export type ClusterNode = { port: number; process: ChildProcess | null };
export type TestCluster = {
  nodes: ClusterNode[];
  seeds: string;
  /** The port of the master serving the slot of `key` right now. */
  masterOf(key: string): Promise<number>;
  kill(port: number): Promise<void>;
  restart(port: number): Promise<void>;
  waitHealthy(): Promise<void>;
  close(): Promise<void>;
};

async function clusterInfo(port: number): Promise<string> {
  const redis = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.call('CLUSTER', 'INFO')) as string;
  } catch {
    return '';
  } finally {
    redis.disconnect();
  }
}

export async function startCluster(ports: number[]): Promise<TestCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ops-cluster-'));
  const nodes: ClusterNode[] = ports.map((port) => ({ port, process: null }));
  const launch = async (node: ClusterNode) => {
    const nodeDir = path.join(dir, String(node.port));
    mkdirSync(nodeDir, { recursive: true });
    node.process = spawn(
      'redis-server',
      [
        '--port',
        String(node.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        nodeDir,
        '--cluster-enabled',
        'yes',
        '--cluster-node-timeout',
        '2000',
        // A replica may take over however long ago it last heard from its master (a busy machine delays replication).
        '--cluster-replica-validity-factor',
        '0',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    await waitForPort(node.port);
  };
  await Promise.all(nodes.map(launch));
  execFileSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '1', '--cluster-yes'], { stdio: 'ignore' });

  const alive = () => nodes.filter((n) => n.process !== null);
  const cluster: TestCluster = {
    nodes,
    seeds: ports.map((p) => `127.0.0.1:${p}`).join(','),
    async masterOf(key) {
      const redis = new Redis({ port: alive()[0].port, host: '127.0.0.1' });
      try {
        const slot = (await redis.call('CLUSTER', 'KEYSLOT', key)) as number;
        const ranges = (await redis.call('CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
        const range = ranges.find(([from, to]) => slot >= from && slot <= to);
        if (!range) throw new Error(`no node serves slot ${slot}`);
        return range[2][1];
      } finally {
        redis.disconnect();
      }
    },
    async kill(port) {
      const node = nodes.find((n) => n.port === port)!;
      node.process?.kill('SIGKILL');
      node.process = null;
      await waitForPort(port, false);
    },
    async restart(port) {
      await launch(nodes.find((n) => n.port === port)!);
    },
    async waitHealthy() {
      await until(
        async () => {
          const infos = await Promise.all(alive().map((n) => clusterInfo(n.port)));
          return infos.every((info) => info.includes('cluster_state:ok') && info.includes('cluster_slots_ok:16384')) || undefined;
        },
        'the Redis Cluster to serve every slot',
        { timeoutMs: 60_000, pollMs: 200 },
      );
    },
    async close() {
      for (const node of nodes) node.process?.kill('SIGKILL');
      await Promise.all(nodes.map((n) => waitForPort(n.port, false)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.waitHealthy();
  return cluster;
}
