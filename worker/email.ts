/**
 * Why: the worker sends what pages queued on `email`. A refused or unreachable SMTP server fails the attempt and
 * BullMQ retries it with exponential backoff (EMAIL_JOB_OPTIONS), so mail arrives once the server is back.
 */
import { Worker } from 'bullmq';
import { queuePrefix, workerConnection } from '../lib/queue/connection';
import { EMAIL_QUEUE_NAME, type EmailJobData } from '../lib/mail/queue';
import { smtpSender, type MailSender } from '../lib/mail/transport';

export function createEmailWorker(sender: MailSender = smtpSender()): Worker<EmailJobData> {
  const worker = new Worker<EmailJobData>(EMAIL_QUEUE_NAME, async (job) => sender.send(job.data), {
    connection: workerConnection(),
    prefix: queuePrefix(),
    concurrency: 4,
  });
  worker.on('failed', (job, error) => console.log(`email ${job?.id} to ${job?.data.to} failed (attempt ${job?.attemptsMade}): ${error.message}`));
  worker.on('closed', () => sender.close());
  return worker;
}
