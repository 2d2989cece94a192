/**
 * Why: a CI clone and a developer may run these tests at the same time on one machine; a queue prefix of our own
 * (imported first, before lib/env.ts reads the environment) keeps their jobs apart. The worker child inherits it.
 */
const base = process.env.QUEUE_PREFIX ?? 'sync-portal-test';
if (!base.endsWith(`-${process.pid}`)) process.env.QUEUE_PREFIX = `${base}-${process.pid}`;
