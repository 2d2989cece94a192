/**
 * Why: development and tests need somewhere for the portal's email to land that a person (web inbox) and a test
 * (HTTP API: GET /email) can read. MailDev from node_modules is started on 127.0.0.1 when SMTP_URL points at
 * this machine and nothing listens there yet; a remote SMTP server is left alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, isLocalHost, log, portOpen, rememberStarted, waitForPort } from './util';

const MAILDEV = path.resolve('node_modules/.bin/maildev');

/** Starts MailDev with SMTP on smtpPort and the inbox/API on webPort; output goes to `logFile` (or nowhere). */
export function startMaildev(smtpPort: number, webPort: number, options: { detached?: boolean; logFile?: string } = {}): ChildProcess {
  const out = options.logFile ? openSync(options.logFile, 'a') : 'ignore';
  const child = spawn(MAILDEV, ['--smtp', String(smtpPort), '--web', String(webPort), '--ip', '127.0.0.1', '--silent'], {
    detached: options.detached ?? false,
    stdio: ['ignore', out, out],
  });
  if (!child.pid) throw new Error('MailDev failed to start');
  return child;
}

export async function ensureMailCatcher(smtpUrl: string, catcherUrl: string): Promise<void> {
  const smtp = new URL(smtpUrl);
  const host = smtp.hostname;
  const smtpPort = Number(smtp.port || 25);
  if (await portOpen(host, smtpPort)) {
    log(`Mail: SMTP already listening on ${host}:${smtpPort}`);
    return;
  }
  if (!isLocalHost(host)) throw new Error(`SMTP server ${host}:${smtpPort} is not reachable (SMTP_URL)`);
  const webPort = Number(new URL(catcherUrl).port || 80);
  const dir = path.join(DATA_DIR, 'maildev');
  mkdirSync(dir, { recursive: true });
  const child = startMaildev(smtpPort, webPort, { detached: true, logFile: path.join(dir, 'maildev.log') });
  child.unref();
  await waitForPort('127.0.0.1', smtpPort, 'MailDev');
  rememberStarted({ name: 'maildev', pid: child.pid });
  log(`Mail: MailDev started — SMTP 127.0.0.1:${smtpPort}, inbox ${catcherUrl}`);
}
