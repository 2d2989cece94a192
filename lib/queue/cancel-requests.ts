/**
 * Why: the web app and the worker are different processes, so "cancel" is a small Redis key the worker reads at
 * every batch boundary (and when it picks a job up). Jobs that end because of it fail with CANCELLED_REASON,
 * which the job view shows as the state "cancelled". The key names the job's id and creation time: ids restart
 * when a queue is emptied, and a stale request must never cancel a new job that happens to reuse an id.
 */
import type { RedisClient } from 'bullmq';
import { appKey } from './connection';

export const CANCELLED_REASON = 'Cancelled on request at a batch boundary; the checkpoint is kept and Retry resumes from it';
const KEEP_MS = 7 * 24 * 3600 * 1000;

type JobRef = { id?: string; timestamp: number };

const key = (job: JobRef) => appKey('cancel', `${job.id}@${job.timestamp}`);

export async function requestCancel(client: RedisClient, job: JobRef, by: string): Promise<void> {
  await client.set(key(job), JSON.stringify({ by, at: Date.now() }), { PX: KEEP_MS });
}

export async function isCancelRequested(client: RedisClient, job: JobRef): Promise<boolean> {
  return (await client.get(key(job))) !== null;
}

/** The same question for many jobs in one round trip (the jobs table asks it for every kept job). */
export async function cancelRequestedFor(client: RedisClient, jobs: JobRef[]): Promise<boolean[]> {
  if (!jobs.length) return [];
  const values = (await client.runCommand('mget', jobs.map(key))) as (string | null)[];
  return values.map((value) => value !== null);
}

export async function clearCancelRequest(client: RedisClient, job: JobRef): Promise<void> {
  await client.del(key(job));
}
