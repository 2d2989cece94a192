import '../sync/support/isolate';
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeEmailQueue, enqueueEmail, getEmailQueue } from '@/lib/mail/queue';
import { privatePort } from '../faults/support/private-stores';
import { logLines } from '../support/log-lines';
import { until } from '../support/until';
import { startWorker, type WorkerProcess } from '../support/worker-process';

const SMTP_PORT = privatePort(70);
const LOCAL_PART = `refused-${Date.now()}`;
const ADDRESS = `${LOCAL_PART}@example.com`;
let smtp: net.Server;
let worker: WorkerProcess;

/** An SMTP server that refuses every recipient, quoting the address back as real servers do. */
function refusingSmtp(): net.Server {
  return net.createServer((socket) => {
    socket.write('220 refusing.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      for (const line of chunk.toString().split('\r\n').filter(Boolean)) {
        const rcpt = /^RCPT TO:<([^>]+)>/i.exec(line);
        if (/^(EHLO|HELO)/i.test(line)) socket.write('250-refusing.test\r\n250 OK\r\n');
        else if (rcpt) socket.write(`550 5.1.1 <${rcpt[1]}>: Recipient address rejected: user unknown\r\n`);
        else if (/^QUIT/i.test(line)) socket.end('221 Bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
}

beforeAll(async () => {
  smtp = refusingSmtp();
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, '127.0.0.1', resolve));
  worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, EMAIL_RETRY_DELAY_MS: '60000' });
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await getEmailQueue().obliterate({ force: true });
  await closeEmailQueue();
  await new Promise((resolve) => smtp.close(resolve));
});

it('a refused email is logged as a JSON line with its job id and the SMTP reply, but never the address', async () => {
  await enqueueEmail(ADDRESS, { subject: 'Verify your email', text: `Hello ${ADDRESS}`, html: `<p>Hello ${ADDRESS}</p>` });
  const line = await until(async () => logLines(worker.output()).find((l) => l.msg === 'email not sent'), 'the failed email log line', {
    output: worker.output,
  });
  expect(line).toMatchObject({ level: 40, queue: 'email', attempt: 1, final: false });
  expect(line.jobId).toMatch(/^\d+$/);
  expect(JSON.stringify(line.err)).toMatch(/550 5\.1\.1 <\[email\]>: Recipient address rejected/);
  expect(worker.output()).not.toContain(LOCAL_PART);
}, 60_000);
