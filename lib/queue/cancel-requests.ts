/**
 * Why: the web app and the worker are different processes, so "cancel" is a small Redis key the worker reads at
 * every batch boundary (and when it picks a job up). Jobs that end because of it fail with CANCELLED_REASON,
 * which the job view shows as the state "cancelled".
 */
import type { RedisClient } from 'bullmq';
import { appKey } from './connection';

export const CANCELLED_REASON = 'Cancelled on request at a batch boundary; the checkpoint is kept and Retry resumes from it';
const KEEP_MS = 7 * 24 * 3600 * 1000;

const key = (jobId: string) => appKey('cancel', jobId);

export async function requestCancel(client: RedisClient, jobId: string, by: string): Promise<void> {
  await client.set(key(jobId), JSON.stringify({ by, at: Date.now() }), { PX: KEEP_MS });
}

export async function isCancelRequested(client: RedisClient, jobId: string): Promise<boolean> {
  return (await client.get(key(jobId))) !== null;
}

export async function clearCancelRequest(client: RedisClient, jobId: string): Promise<void> {
  await client.del(key(jobId));
}
