/**
 * Why: each queue command checks the job's state first and explains a refusal (404 when the job is gone, 409
 * when the state does not allow it), so the page never has to guess what BullMQ would do.
 */
import { clearCancelRequest, isCancelRequested, requestCancel } from './cancel-requests';
import { AppError } from '../errors';
import { failFast } from './errors';
import { enqueueSync, getSyncJobOrThrow, withPairLock } from './producer';
import { getSyncQueue } from './queue';
import type { QueuedBy, SyncJob, SyncJobState } from './types';
import { allows, stateRule, type JobOperation } from './states';
import { viewState } from './view';

async function currentState(job: SyncJob): Promise<{ state: SyncJobState; client: Awaited<ReturnType<typeof getSyncQueue>['backend']['client']> }> {
  const client = await getSyncQueue().backend.client;
  const [state, cancelRequested] = await Promise.all([job.getState(), isCancelRequested(client, job)]);
  return { state: viewState(state, job.failedReason, cancelRequested), client };
}

function check(job: SyncJob, state: SyncJobState, operation: JobOperation): void {
  if (!allows(state, operation)) throw new AppError('CONFLICT', `cannot ${operation.replace('-', ' ')} job ${job.id}: it is ${state}; ${stateRule(operation)}`);
}

export async function cancelJob(id: string, by: QueuedBy): Promise<void> {
  await failFast(async () => {
    const job = await getSyncJobOrThrow(id);
    const { state, client } = await currentState(job);
    check(job, state, 'cancel');
    await requestCancel(client, job, by.username);
    await job.log(`cancel requested by ${by.username}`);
  });
}

export async function retryJob(id: string, by: QueuedBy): Promise<void> {
  await failFast(async () => {
    const job = await getSyncJobOrThrow(id);
    const { state, client } = await currentState(job);
    check(job, state, 'retry');
    await withPairLock(job.data, String(job.id), async () => {
      await clearCancelRequest(client, job);
      await job.updateData({ ...job.data, retriedBy: { ...by, at: Date.now() } });
      if ((await job.getState()) === 'failed') await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      const from = job.data.checkpoint?.copied ? ` from its checkpoint (${job.data.checkpoint.copied} documents done)` : '';
      await job.log(`retried by ${by.username}${from}`);
    });
  });
}

export async function runAgain(id: string, queuedBy: QueuedBy): Promise<string> {
  const job = await getSyncJobOrThrow(id);
  const { state } = await failFast(() => currentState(job));
  check(job, state, 'run-again');
  return enqueueSync(job.data.spec, queuedBy);
}

export async function removeJob(id: string): Promise<void> {
  await failFast(async () => {
    const job = await getSyncJobOrThrow(id);
    const { state, client } = await currentState(job);
    check(job, state, 'remove');
    await job.remove();
    await clearCancelRequest(client, job);
  });
}
