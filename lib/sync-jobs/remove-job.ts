import 'server-only';
import type { Actor } from '../auth/actor';
import { removeJob } from '../queue';
import { recordRemoved } from '../runs/lifecycle';
import { auditJob } from './record';
import type { JobOperationResult } from './types';

/** Removes a job that is not running; its runs stay in the history, marked removed. */
export async function removeSyncJob(id: string, actor: Actor): Promise<JobOperationResult> {
  await removeJob(id);
  await recordRemoved(id, actor.username);
  await auditJob('sync.removed', actor, id);
  return { message: `Job ${id} was removed.`, jobId: null };
}
