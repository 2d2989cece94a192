export { cancelJob, removeJob, retryJob, runAgain } from './job-commands';
export { CANCELLED_REASON } from './cancel-requests';
export { enqueueSync, getSyncJobOrThrow } from './producer';
export { closeSyncQueue, getSyncQueue } from './queue';
export * from './types';
export { loadSyncJobView, serializeSyncJob } from './view';
