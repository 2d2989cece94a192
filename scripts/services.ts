/**
 * Why: one idempotent command that makes MariaDB, Redis, a MongoDB wire server and a mail catcher reachable on a fresh machine
 * (installing Debian packages when missing) and creates the app database; `down` stops only what `up` started.
 */
import { execFileSync } from 'node:child_process';
import { env } from '../lib/env';
import { ensureMailCatcher } from './services/mail';
import { ensureMongo } from './services/mongo';
import { ensureMysql } from './services/mysql';
import { ensureRedis } from './services/redis';
import { log, readStarted, writeStarted } from './services/util';

async function up(): Promise<void> {
  await ensureMysql(env.DATABASE_URL);
  await ensureRedis(env.REDIS_URL);
  await ensureMongo(env.MONGODB_URI);
  await ensureMailCatcher(env.SMTP_URL, env.MAIL_CATCHER_URL);
  log('all services reachable');
}

function down(): void {
  const started = readStarted();
  if (started.length === 0) log('nothing was started by `npm run services`; nothing to stop');
  for (const service of started) {
    try {
      if (service.pid) process.kill(service.pid, 'SIGTERM');
      if (service.stop) execFileSync(service.stop[0], service.stop.slice(1), { stdio: 'ignore' });
      log(`${service.name}: stopped`);
    } catch {
      log(`${service.name}: was not running`);
    }
  }
  writeStarted([]);
}

const command = process.argv[2] ?? 'up';
if (command === 'down') {
  down();
} else {
  up().catch((error: Error) => {
    console.error(`[services] ${error.message}`);
    process.exit(1);
  });
}
