import 'server-only';
import type { Actor } from '../auth/actor';
import { runAgain } from '../queue';
import { queuedByOf } from './enqueue-recorded';
import { auditJob, recordQueuedJob } from './record';
import type { JobOperationResult } from './types';

/** Queues a new job with a completed job's spec. */
export async function runSyncJobAgain(id: string, actor: Actor): Promise<JobOperationResult> {
  const newId = await runAgain(id, queuedByOf(actor));
  await recordQueuedJob(newId);
  await auditJob('sync.run_again', actor, id, newId !== id ? { newJobId: newId } : undefined);
  return { message: `Queued job ${newId} with the same spec.`, jobId: newId };
}
