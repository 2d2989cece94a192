/**
 * Why: the job detail buttons (server actions) and the JSON routes perform the same four operations; each one
 * is checked against the job's state inside lib/queue and written to audit_events with the admin's id here.
 */
import 'server-only';
import type { CurrentSession } from '../auth/dal';
import { recordAudit, type AuditAction } from '../db/queries/audit';
import { cancelJob, removeJob, retryJob, runAgain } from '../queue';

export const JOB_OPERATIONS = ['cancel', 'retry', 'run-again', 'remove'] as const;
export type JobOperation = (typeof JOB_OPERATIONS)[number];

export type JobOperationResult = { message: string; jobId: string | null };

const AUDIT: Record<JobOperation, AuditAction> = { cancel: 'sync.cancelled', retry: 'sync.retried', 'run-again': 'sync.run_again', remove: 'sync.removed' };

export async function performJobOperation(operation: JobOperation, id: string, { user }: CurrentSession, ip: string | null): Promise<JobOperationResult> {
  const by = { userId: user.id, username: user.username };
  let result: JobOperationResult;
  switch (operation) {
    case 'cancel':
      await cancelJob(id, by);
      result = { message: `Cancel requested: job ${id} stops at its next batch boundary and keeps its checkpoint.`, jobId: id };
      break;
    case 'retry':
      await retryJob(id, by);
      result = { message: `Job ${id} was queued again and resumes from its checkpoint.`, jobId: id };
      break;
    case 'run-again': {
      const newId = await runAgain(id, by);
      result = { message: `Queued job ${newId} with the same spec.`, jobId: newId };
      break;
    }
    case 'remove':
      await removeJob(id);
      result = { message: `Job ${id} was removed.`, jobId: null };
      break;
  }
  await recordAudit({ action: AUDIT[operation], actorUserId: user.id, target: `sync-job:${id}`, ip, detail: result.jobId && result.jobId !== id ? { newJobId: result.jobId } : undefined });
  return result;
}
