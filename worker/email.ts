/**
 * Why: the worker sends what pages queued on `email`. A refused or unreachable SMTP server fails the attempt and
 * BullMQ retries it with exponential backoff (EMAIL_JOB_OPTIONS), so mail arrives once the server is back.
 * Every attempt is counted for the metrics route; log lines name the job, never the recipient.
 */
import { Worker } from 'bullmq';
import { countEvent } from '../lib/db/queries/metric-counters';
import { log } from '../lib/log';
import { queuePrefix, WORKER_METRICS_OPTIONS, workerConnection } from '../lib/queue/connection';
import { EMAIL_QUEUE_NAME, type EmailJobData } from '../lib/mail/queue';
import { smtpSender, type MailSender } from '../lib/mail/transport';

const emailLog = log.child({ queue: EMAIL_QUEUE_NAME });

const count = (outcome: 'sent' | 'failed') =>
  countEvent('emails', outcome).catch((error: unknown) => emailLog.warn({ err: error }, 'email counter not written'));

export function createEmailWorker(sender: MailSender = smtpSender()): Worker<EmailJobData> {
  const worker = new Worker<EmailJobData>(EMAIL_QUEUE_NAME, async (job) => sender.send(job.data), {
    connection: workerConnection(),
    prefix: queuePrefix(),
    concurrency: 4,
    metrics: WORKER_METRICS_OPTIONS,
  });
  worker.on('completed', () => void count('sent'));
  worker.on('failed', (job, error) => {
    void count('failed');
    emailLog.warn({ jobId: job?.id, attempt: job?.attemptsMade, final: Boolean(job?.finishedOn), err: error }, 'email not sent');
  });
  worker.on('closed', () => sender.close());
  return worker;
}
