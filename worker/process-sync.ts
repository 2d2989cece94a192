/**
 * Why: turns one BullMQ job into one engine run and maps how it ended onto BullMQ's outcomes: configuration
 * errors and cancels fail at once (UnrecoverableError, no retries), a shutdown puts the job back in the queue
 * at its checkpoint, a processing that lost the job's lock to another one stops without touching the job, and
 * anything else is thrown so BullMQ retries it with backoff.
 */
import { UnrecoverableError, WaitingError, type RedisClient } from 'bullmq';
import type { MongoClient } from 'mongodb';
import type { Pool } from 'mysql2/promise';
import { log } from '../lib/log';
import { CANCELLED_REASON, clearCancelRequest, isCancelRequested } from '../lib/queue/cancel-requests';
import type { SyncJob, SyncJobResult } from '../lib/queue/types';
import { runSync } from '../lib/sync/engine';
import { SyncAbortedError, SyncConfigError } from '../lib/sync/errors';
import { openEndpoints } from '../lib/sync/endpoints/open';
import { unrunnableQueryError } from '../lib/sync/server-errors';
import { syncSpecSchema } from '../lib/validation/sync';
import { JobReporter } from './job-reporter';
import { OwnedJobWrites } from './owned-writes';
import { LOCK_LOST, type Processings } from './processings';

export type ProcessorContext = {
  mongo: MongoClient;
  mysql: () => Pool;
  redis: () => Promise<RedisClient>;
  shutdown: AbortSignal;
  commandsSent: () => number;
  processings: Processings;
};

export const SHUTDOWN = 'worker shutting down';

export function createSyncProcessor(ctx: ProcessorContext) {
  return async (job: SyncJob, token = ''): Promise<SyncJobResult> => {
    const redis = await ctx.redis();
    const reporter = new JobReporter(job, token, new OwnedJobWrites(redis, job, token));
    if (await isCancelRequested(redis, job)) {
      await reporter.log('cancelled before it started');
      throw new UnrecoverableError(CANCELLED_REASON);
    }
    const commandsAtStart = ctx.commandsSent();
    const stop = new AbortController();
    const onShutdown = () => stop.abort(SHUTDOWN);
    ctx.shutdown.addEventListener('abort', onShutdown, { once: true });
    ctx.processings.begin(String(job.id), token, stop);
    try {
      const spec = syncSpecSchema.safeParse(job.data.spec);
      if (!spec.success) throw new SyncConfigError(`invalid sync spec: ${spec.error.issues.map((i) => i.message).join('; ')}`);
      const { source, target } = await openEndpoints(spec.data, { mongo: ctx.mongo, mysql: ctx.mysql, onLog: (line) => reporter.log(line) });
      const result = await runSync({
        spec: spec.data,
        source,
        target,
        checkpoint: job.data.checkpoint,
        resumed: job.attemptsStarted > 1 || job.stalledCounter > 0 || job.data.checkpoint !== undefined,
        signal: stop.signal,
        hooks: {
          onStart: (start) => reporter.start(start),
          onTotal: (total) => reporter.total(total),
          onCheckpoint: async (checkpoint, kind) => {
            const [, cancelRequested] = await Promise.all([reporter.checkpoint(checkpoint, kind), isCancelRequested(redis, job)]);
            if (reporter.lost) stop.abort(LOCK_LOST);
            else if (cancelRequested) stop.abort('cancel');
          },
          onLog: (line) => reporter.log(line),
        },
      });
      await reporter.finish();
      if (reporter.lost) throw new SyncAbortedError(LOCK_LOST);
      const durationMs = Date.now() - reporter.firstStartedAt;
      await reporter.log(`completed: ${result.copied} copied, ${result.deleted} deleted, ${result.duplicates} duplicate(s) in ${durationMs} ms`);
      return { ...result, durationMs, mongoCommands: ctx.commandsSent() - commandsAtStart, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
    } catch (error) {
      throw await translateError(error, job, token, reporter, redis);
    } finally {
      ctx.shutdown.removeEventListener('abort', onShutdown);
      ctx.processings.end(String(job.id), token);
    }
  };
}

async function translateError(error: unknown, job: SyncJob, token: string, reporter: JobReporter, redis: RedisClient): Promise<Error> {
  if (reporter.lost || (error instanceof SyncAbortedError && error.reason === LOCK_LOST)) {
    // The job belongs to another processing now: leave its state, data and logs to that one.
    log.warn({ jobId: job.id }, `this processing ${LOCK_LOST}; stopped at a batch boundary without finishing the job`);
    return new WaitingError();
  }
  if (error instanceof SyncAbortedError && error.reason === SHUTDOWN && token) {
    await reporter.log('worker shutting down: stopped at a batch boundary, checkpoint saved, back in the queue');
    await job.moveToWait(token);
    return new WaitingError();
  }
  if (error instanceof SyncAbortedError) {
    await clearCancelRequest(redis, job);
    await reporter.log(`cancelled at a batch boundary; checkpoint kept (${job.data.checkpoint?.copied ?? 0} documents done)`);
    return new UnrecoverableError(CANCELLED_REASON);
  }
  const configError = error instanceof SyncConfigError ? error : unrunnableQueryError(error);
  if (configError) {
    await reporter.log(`configuration error, not retrying: ${configError.message}`);
    return new UnrecoverableError(configError.message);
  }
  const attempt = job.attemptsMade + 1;
  const max = job.opts.attempts ?? 1;
  const next = attempt < max ? 'retrying with backoff' : 'no attempts left';
  await reporter.log(`attempt ${attempt} of ${max} failed, ${next}: ${(error as Error).message}`);
  return error instanceof Error ? error : new Error(String(error));
}
