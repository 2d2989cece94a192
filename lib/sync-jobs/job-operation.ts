/**
 * Why: the job buttons (server actions), the technician console and the JSON routes name an operation and reach its
 * use case here. Each use case is checked against the job's state inside lib/queue (lib/queue/states.ts), recorded
 * in the run history and audited with the actor; who may do which operation is checked by the callers with
 * lib/auth/permissions.ts (`sync.<operation>`).
 */
import 'server-only';
import type { Actor } from '../auth/actor';
import type { Operation } from '../auth/permissions';
import type { JobOperation } from '../queue/states';
import { cancelSyncJob } from './cancel-job';
import { removeSyncJob } from './remove-job';
import { retrySyncJob } from './retry-job';
import { runSyncJobAgain } from './run-again';
import type { JobOperationResult } from './types';

export { JOB_OPERATIONS, type JobOperation } from '../queue/states';
export type { JobOperationResult } from './types';

const USE_CASES: Record<JobOperation, (id: string, actor: Actor) => Promise<JobOperationResult>> = {
  cancel: cancelSyncJob,
  retry: retrySyncJob,
  'run-again': runSyncJobAgain,
  remove: removeSyncJob,
};

export const permissionFor = (operation: JobOperation): Operation => `sync.${operation}`;

export function performJobOperation(operation: JobOperation, id: string, actor: Actor): Promise<JobOperationResult> {
  return USE_CASES[operation](id, actor);
}
