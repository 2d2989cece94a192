export { cancelJob, removeJob, retryJob, runAgain } from './actions';
export { CANCELLED_REASON } from './cancel-requests';
export { isSyncJobError, SyncJobError, type SyncJobErrorStatus } from './errors';
export { listSyncJobs, type SyncJobList } from './list';
export { enqueueSync, getSyncJobOr404 } from './producer';
export { closeSyncQueue, getSyncQueue } from './queue';
export * from './types';
export { loadSyncJobView, serializeSyncJob } from './view';
