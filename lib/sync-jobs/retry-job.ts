import 'server-only';
import type { Actor } from '../auth/actor';
import { retryJob } from '../queue';
import { queuedByOf } from './enqueue-recorded';
import { auditJob, recordQueuedJob } from './record';
import type { JobOperationResult } from './types';

/** Queues a failed or cancelled job again; it resumes from its checkpoint and the history records a retry. */
export async function retrySyncJob(id: string, actor: Actor): Promise<JobOperationResult> {
  await retryJob(id, queuedByOf(actor));
  await recordQueuedJob(id, { origin: 'retry', by: actor.id, requeue: true });
  await auditJob('sync.retried', actor, id);
  return { message: `Job ${id} was queued again and resumes from its checkpoint.`, jobId: id };
}
