import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { startMaildev } from '@/scripts/services/mail';

// A catcher of this test's own on private ports; retries come quickly so the test does not wait minutes.
const SMTP_PORT = 20525;
const WEB_PORT = 20580;
process.env.EMAIL_RETRY_DELAY_MS = '200';

const { closeEmailQueue, enqueueEmail, getEmailQueue } = await import('@/lib/mail/queue');
const { smtpSender } = await import('@/lib/mail/transport');
const { verifyEmailMessage } = await import('@/lib/mail/templates');
const { createEmailWorker } = await import('@/worker/email');

let catcher: ChildProcess | undefined;
const worker = createEmailWorker(smtpSender(`smtp://127.0.0.1:${SMTP_PORT}`));

afterAll(async () => {
  await worker.close();
  catcher?.kill('SIGTERM');
  await getEmailQueue().obliterate({ force: true });
  await closeEmailQueue();
});

async function eventually<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type CaughtMail = { subject: string; text: string; html: string; to: { address: string }[] };

describe('email delivery', () => {
  it('retries while SMTP is down and delivers once it is back', async () => {
    const to = `retry-${Date.now()}@example.com`;
    let failures = 0;
    worker.on('failed', (job) => {
      if (job?.data.to === to) failures++;
    });
    await enqueueEmail(to, verifyEmailMessage('robin', to, 'A'.repeat(43)));
    await eventually(async () => (failures >= 2 ? true : undefined), 'two failed attempts while SMTP is down');

    catcher = startMaildev(SMTP_PORT, WEB_PORT);
    const mail = await eventually(async () => {
      const response = await fetch(`http://127.0.0.1:${WEB_PORT}/email`);
      const messages = (await response.json()) as CaughtMail[];
      return messages.find((m) => m.to.some((r) => r.address === to));
    }, 'the message in the catcher');
    expect(mail.subject).toBe('Verify your email address');
    expect(mail.text).toContain(`http://localhost:3000/verify-email?token=${'A'.repeat(43)}`);
    expect(mail.html).toContain('href="http://localhost:3000/verify-email?token=');
    expect(failures).toBeGreaterThanOrEqual(2);
  });
});
