/**
 * Why: the Redis fault tests share one stage: a private Redis (with or without AOF), a source collection, a worker
 * on that Redis, and `npm run sync -- --wait --json` copying the source while the test breaks Redis under it.
 */
import { afterAll, beforeAll } from 'vitest';
import { allTypesDocuments } from '../../sync/support/dataset';
import { closeStores, openStores, type TestStores } from '../../sync/support/stores';
import { startWorker, type WorkerProcess } from '../../support/worker-process';
import { startCli, type CliRun } from './observe';
import { PRIVATE_REDIS_PORT } from './private-redis-env';
import { startPrivateRedis, type PrivateStore } from './private-stores';

export type RedisFaultStage = { redis: PrivateStore; stores: TestStores; worker: WorkerProcess | undefined };

/** Registers the stage's hooks; its parts are filled in once beforeAll has run. */
export function redisFaultStage(options: { label: string; persistence: boolean; documents: number; workerEnv: Record<string, string> }): RedisFaultStage {
  const stage = {} as RedisFaultStage;
  beforeAll(async () => {
    stage.redis = await startPrivateRedis(PRIVATE_REDIS_PORT, { persistence: options.persistence });
    stage.stores = await openStores(options.label);
    await stage.stores.db.collection('source').insertMany(allTypesDocuments(options.documents));
    stage.worker = await startWorker(options.workerEnv);
  }, 120_000);
  afterAll(async () => {
    await stage.worker?.kill();
    await closeStores(stage.stores).catch(() => undefined);
    await stage.redis?.close();
  });
  return stage;
}

/** The CLI copying the stage's source to its target in batches of 100, waiting, with a JSON last line. */
export function syncSourceToTarget(stores: TestStores, extraArgs: string[] = []): CliRun {
  const ns = (collection: string) => `${stores.dbName}.${collection}`;
  return startCli('scripts/sync.ts', ['--source', ns('source'), '--target', ns('target'), '--batch-size', '100', ...extraArgs, '--wait', '--json']);
}
