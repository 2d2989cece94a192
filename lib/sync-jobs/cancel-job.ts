import 'server-only';
import type { Actor } from '../auth/actor';
import { cancelJob } from '../queue';
import { queuedByOf } from './enqueue-recorded';
import { auditJob } from './record';
import type { JobOperationResult } from './types';

/** Asks the worker to stop at its next batch boundary; the checkpoint stays. */
export async function cancelSyncJob(id: string, actor: Actor): Promise<JobOperationResult> {
  await cancelJob(id, queuedByOf(actor));
  await auditJob('sync.cancelled', actor, id);
  return { message: `Cancel requested: job ${id} stops at its next batch boundary and keeps its checkpoint.`, jobId: id };
}
