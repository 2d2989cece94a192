/**
 * Why: BullMQ's lock manager tracks locks by job id. When a stale processing of a job finishes in the same worker
 * as the live one, BullMQ stops tracking that id and with it stops renewing the live processing's lock, which
 * then expires and hands the job out yet again. After each processing ends, this worker gives the lock of any
 * processing of the same job still running here back to the lock manager.
 */
import { Worker, type Job, type Processor, type WorkerOptions } from 'bullmq';
import type { SyncJobData, SyncJobResult } from '../lib/queue/types';
import type { Processings } from './processings';

export class SyncWorker extends Worker<SyncJobData, SyncJobResult> {
  constructor(
    name: string,
    processor: Processor<SyncJobData, SyncJobResult>,
    options: WorkerOptions,
    private readonly processings: Processings,
  ) {
    super(name, processor, options);
  }

  override async processJob(job: Job<SyncJobData, SyncJobResult>, token: string, fetchNextCallback?: () => boolean) {
    try {
      return await super.processJob(job, token, fetchNextCallback);
    } finally {
      const live = job.id ? this.processings.newestToken(job.id) : undefined;
      if (job.id && live && live !== token) this.lockManager.trackJob(job.id, live, Date.now());
    }
  }
}
