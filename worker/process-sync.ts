/**
 * Why: turns one BullMQ job into one engine run and maps how it ended onto BullMQ's outcomes: configuration
 * errors and cancels fail at once (UnrecoverableError, no retries), a shutdown puts the job back in the queue
 * at its checkpoint, and anything else is thrown so BullMQ retries it with backoff.
 */
import { UnrecoverableError, WaitingError, type RedisClient } from 'bullmq';
import type { MongoClient } from 'mongodb';
import { collectionExists } from '../lib/mongo/catalog';
import { CANCELLED_REASON, clearCancelRequest, isCancelRequested } from '../lib/queue/cancel-requests';
import type { SyncJob, SyncJobResult } from '../lib/queue/types';
import { runSync } from '../lib/sync/engine';
import { SyncAbortedError, SyncConfigError } from '../lib/sync/errors';
import { formatNamespace, syncSpecSchema } from '../lib/validation/sync';
import { JobReporter } from './job-reporter';

export type ProcessorContext = {
  mongo: MongoClient;
  redis: () => Promise<RedisClient>;
  shutdown: AbortSignal;
  commandsSent: () => number;
};

export const SHUTDOWN = 'worker shutting down';

export function createSyncProcessor(ctx: ProcessorContext) {
  return async (job: SyncJob, token?: string): Promise<SyncJobResult> => {
    const reporter = new JobReporter(job);
    const redis = await ctx.redis();
    if (await isCancelRequested(redis, job)) {
      await reporter.log('cancelled before it started');
      throw new UnrecoverableError(CANCELLED_REASON);
    }
    const commandsAtStart = ctx.commandsSent();
    const stop = new AbortController();
    const onShutdown = () => stop.abort(SHUTDOWN);
    ctx.shutdown.addEventListener('abort', onShutdown, { once: true });
    try {
      const spec = syncSpecSchema.safeParse(job.data.spec);
      if (!spec.success) throw new SyncConfigError(`invalid sync spec: ${spec.error.issues.map((i) => i.message).join('; ')}`);
      if (!(await collectionExists(ctx.mongo, spec.data.source))) {
        throw new SyncConfigError(`source collection ${formatNamespace(spec.data.source)} does not exist`);
      }
      const targetDb = ctx.mongo.db(spec.data.target.db);
      const result = await runSync({
        spec: spec.data,
        source: ctx.mongo.db(spec.data.source.db).collection(spec.data.source.collection),
        target: targetDb.collection(spec.data.target.collection),
        targetDb,
        checkpoint: job.data.checkpoint,
        resumed: job.attemptsStarted > 1 || job.stalledCounter > 0 || job.data.checkpoint !== undefined,
        signal: stop.signal,
        hooks: {
          onStart: (start) => reporter.start(start),
          onTotal: (total) => reporter.total(total),
          onCheckpoint: async (checkpoint) => {
            const [, cancelRequested] = await Promise.all([reporter.checkpoint(checkpoint), isCancelRequested(redis, job)]);
            if (cancelRequested) stop.abort('cancel');
          },
          onLog: (line) => reporter.log(line),
        },
      });
      await reporter.finish();
      await reporter.log(`completed: ${result.copied} copied, ${result.deleted} deleted, ${result.duplicates} duplicate(s) in ${result.durationMs} ms`);
      return { ...result, mongoCommands: ctx.commandsSent() - commandsAtStart, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
    } catch (error) {
      throw await translateError(error, job, token, reporter, redis);
    } finally {
      ctx.shutdown.removeEventListener('abort', onShutdown);
    }
  };
}

async function translateError(error: unknown, job: SyncJob, token: string | undefined, reporter: JobReporter, redis: RedisClient): Promise<Error> {
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
  if (error instanceof SyncConfigError) {
    await reporter.log(`configuration error, not retrying: ${error.message}`);
    return new UnrecoverableError(error.message);
  }
  await reporter.log(`attempt ${job.attemptsMade + 1} failed: ${(error as Error).message}`);
  return error instanceof Error ? error : new Error(String(error));
}
