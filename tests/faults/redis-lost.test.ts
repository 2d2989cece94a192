import './support/private-redis-env';
import { expect, it } from 'vitest';
import { enqueueSync } from '@/lib/queue';
import { ADMIN, waitForJob } from '../sync/support/stores';
import { activeJobPast, exitOf, lastJsonLine, pause } from './support/observe';
import { until } from '../support/until';
import { redisFaultStage, syncSourceToTarget } from './support/redis-fault';
import { hasLogLine, LOST_LINE } from '../support/log-lines';

const DOCS = 2_000;
const stage = redisFaultStage({
  label: 'redis_lost',
  persistence: false,
  documents: DOCS,
  workerEnv: { WORKER_CONCURRENCY: '2', SYNC_TEST_BATCH_DELAY_MS: '150' },
});

it('Redis without persistence restarted mid-job: the CLI reports the job as lost, the worker stops writing and takes new jobs', async () => {
  const { redis, stores, worker } = stage;
  const cli = syncSourceToTarget(stores);
  const jobId = await activeJobPast(300, () => worker?.output() ?? '');

  await redis.kill();
  await pause(1_000);
  await redis.start();

  expect(await exitOf(cli, 200_000, () => worker?.output().slice(-4_000) ?? '')).toBe(1);
  expect(cli.stderr()).toContain('waiting up to 60 s for it to come back');
  expect(lastJsonLine(cli.stdout())).toEqual({
    jobId,
    error: expect.stringContaining(`job ${jobId} no longer exists: the queue's Redis lost its data while it was down`),
  });
  await until(async () => (hasLogLine(worker?.output() ?? '', LOST_LINE, { jobId }) ? true : undefined), 'the lost processing to stop', {
    timeoutMs: 30_000,
    output: () => worker?.output() ?? '',
  });
  const written = await stores.db.collection('target').countDocuments();
  expect(written).toBeLessThan(DOCS);

  const next = await enqueueSync(
    { source: { db: stores.dbName, collection: 'source' }, target: { db: stores.dbName, collection: 'target' }, batchSize: 500 },
    ADMIN,
  );
  expect(await waitForJob(next, ['completed', 'failed'], 60_000)).toMatchObject({ state: 'completed', result: { copied: DOCS } });
}, 300_000);
