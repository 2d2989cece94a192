/**
 * Why: the job buttons (server actions), the technician console and the JSON routes perform the same four
 * operations; each one is checked against the job's state inside lib/queue (lib/queue/states.ts), recorded in the
 * run history and written to audit_events with the actor's id here. Who may do which operation is checked by the
 * callers with lib/auth/permissions.ts (`sync.<operation>`).
 */
import 'server-only';
import type { Operation } from '../auth/permissions';
import { recordAudit, type AuditAction } from '../db/queries/audit';
import { cancelJob, getSyncQueue, removeJob, retryJob, runAgain } from '../queue';
import type { JobOperation } from '../queue/states';
import { recordQueued, recordRemoved } from '../runs/lifecycle';
import type { Actor } from '../auth/actor';
import { queuedByOf } from './queue-sync';

export { JOB_OPERATIONS, type JobOperation } from '../queue/states';

export type JobOperationResult = { message: string; jobId: string | null };

const AUDIT: Record<JobOperation, AuditAction> = { cancel: 'sync.cancelled', retry: 'sync.retried', 'run-again': 'sync.run_again', remove: 'sync.removed' };

export const permissionFor = (operation: JobOperation): Operation => `sync.${operation}`;

async function recordQueuedJob(id: string, options: Parameters<typeof recordQueued>[1] = {}): Promise<void> {
  const job = await getSyncQueue().getJob(id);
  if (job) await recordQueued(job, options);
}

export async function performJobOperation(operation: JobOperation, id: string, actor: Actor): Promise<JobOperationResult> {
  const by = queuedByOf(actor);
  let result: JobOperationResult;
  switch (operation) {
    case 'cancel':
      await cancelJob(id, by);
      result = { message: `Cancel requested: job ${id} stops at its next batch boundary and keeps its checkpoint.`, jobId: id };
      break;
    case 'retry':
      await retryJob(id, by);
      await recordQueuedJob(id, { origin: 'retry', by: actor.id, requeue: true });
      result = { message: `Job ${id} was queued again and resumes from its checkpoint.`, jobId: id };
      break;
    case 'run-again': {
      const newId = await runAgain(id, by);
      await recordQueuedJob(newId);
      result = { message: `Queued job ${newId} with the same spec.`, jobId: newId };
      break;
    }
    case 'remove':
      await removeJob(id);
      await recordRemoved(id, actor.username);
      result = { message: `Job ${id} was removed.`, jobId: null };
      break;
  }
  await recordAudit({
    action: AUDIT[operation],
    actorUserId: actor.id,
    target: `sync-job:${id}`,
    ip: actor.ip,
    detail: result.jobId && result.jobId !== id ? { newJobId: result.jobId } : undefined,
  });
  return result;
}
