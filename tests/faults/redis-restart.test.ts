import './support/private-redis-env';
import { expect, it } from 'vitest';
import { getSyncQueue, loadSyncJobView } from '@/lib/queue';
import { canonicalContents } from '../sync/support/stores';
import { activeJobPast, exitOf, lastJsonLine, oneWriterAtATime, pause, writersOf } from './support/observe';
import { redisFaultStage, syncSourceToTarget } from './support/redis-fault';
import { hasLogLine, LOST_LINE } from '../support/log-lines';

const DOCS = 2_000;
const LOCK_MS = 2_000;
const stage = redisFaultStage({
  label: 'redis_aof',
  persistence: true,
  documents: DOCS,
  workerEnv: { WORKER_CONCURRENCY: '2', WORKER_LOCK_DURATION_MS: String(LOCK_MS), SYNC_TEST_BATCH_DELAY_MS: '150' },
});

it('Redis killed and restarted mid-job (AOF): one processing writes at a time, the job completes exactly and the CLI reports it', async () => {
  const { redis, stores, worker } = stage;
  const cli = syncSourceToTarget(stores, ['--verify', 'hash']);
  const jobId = await activeJobPast(500, () => worker?.output() ?? '');

  await redis.kill();
  await pause(LOCK_MS + 1_500); // long enough for the job's lock to expire while Redis is down
  await redis.start();

  expect(await exitOf(cli, 200_000, () => worker?.output().slice(-4_000) ?? '')).toBe(0);
  expect(cli.stderr()).toContain('the job queue (Redis) is not reachable; waiting up to 60 s for it to come back');
  expect(cli.stderr()).toMatch(/the job queue \(Redis\) is back after \d+ s/);
  expect(lastJsonLine(cli.stdout())).toMatchObject({
    jobId,
    state: 'completed',
    copied: DOCS,
    verification: { sourceCount: DOCS, targetCount: DOCS, hashMatch: true },
  });

  const view = await loadSyncJobView((await getSyncQueue().getJob(jobId))!);
  expect(view).toMatchObject({ state: 'completed', failedReason: null, earlierErrors: [], attempts: { made: 1 } });

  expect(view.logs.filter((line) => line.includes(' completed: '))).toHaveLength(1);
  expect(view.progress).toMatchObject({ copied: DOCS, percent: 100 });

  const output = worker!.output();
  expect(output).not.toMatch(/Lock mismatch|Missing lock/);
  expect(hasLogLine(output, LOST_LINE, { jobId })).toBe(true);
  const writers = writersOf(output, jobId);
  expect(new Set(writers).size).toBeGreaterThan(1);
  expect(oneWriterAtATime(writers)).toBe(true);
  expect(await canonicalContents(stores.db.collection('target'))).toEqual(await canonicalContents(stores.db.collection('source')));
}, 300_000);
