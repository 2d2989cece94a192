/**
 * Why: pages never talk to SMTP. They render a message and put it on the BullMQ `email` queue (fail-fast Redis,
 * so a Redis outage answers 503 instead of hanging); the worker sends it with retries and exponential backoff,
 * so a slow or down mail server never blocks a request. Completed jobs are removed at once: a job holds a link.
 */
import { Queue } from 'bullmq';
import { env } from '../env';
import { failFast } from '../queue/errors';
import { producerConnection, queuePrefix } from '../queue/connection';
import type { MailMessage } from './templates';

export const EMAIL_QUEUE_NAME = 'email';
export const EMAIL_JOB_NAME = 'send';

export const EMAIL_JOB_OPTIONS = {
  attempts: 10,
  backoff: { type: 'exponential', delay: env.EMAIL_RETRY_DELAY_MS },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

export type EmailJobData = MailMessage & { to: string };

const globalForQueue = globalThis as typeof globalThis & { emailQueue?: Queue<EmailJobData> };

export function getEmailQueue(): Queue<EmailJobData> {
  if (!globalForQueue.emailQueue) {
    const queue = new Queue<EmailJobData>(EMAIL_QUEUE_NAME, { connection: producerConnection(), prefix: queuePrefix() });
    queue.on('error', () => undefined);
    globalForQueue.emailQueue = queue;
  }
  return globalForQueue.emailQueue;
}

export async function closeEmailQueue(): Promise<void> {
  const queue = globalForQueue.emailQueue;
  globalForQueue.emailQueue = undefined;
  await queue?.close();
}

export async function enqueueEmail(to: string, message: MailMessage): Promise<void> {
  await failFast(() => getEmailQueue().add(EMAIL_JOB_NAME, { to, ...message }, EMAIL_JOB_OPTIONS));
}
