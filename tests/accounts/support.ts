import { randomInt } from 'node:crypto';
import { getEmailQueue } from '@/lib/mail/queue';

/** A made-up client address per test: the per-address limits in Redis outlive a test run. */
export function randomIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Messages queued for `to` (no worker runs on the test prefix, so they wait in the queue). */
export async function queuedMailTo(to: string) {
  const jobs = await getEmailQueue().getJobs(['waiting', 'delayed', 'prioritized']);
  return jobs.filter((job) => job?.data.to === to).map((job) => job.data);
}

/** The token inside the first link of a message. */
export function tokenIn(text: string): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no token link in: ${text}`);
  return match[1];
}
