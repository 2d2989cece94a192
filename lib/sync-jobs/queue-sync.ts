/**
 * Why: the admin form's action, POST /api/admin/sync/jobs and the `sync` CLI queue a sync the same way — each
 * parses its flat fields with the one SyncSpec schema (lib/validation/sync.ts), then here: check the namespaces
 * against the server's catalog, enqueue, record the queued run, audit — and differ only in how they present the
 * outcome. No 'server-only' here: the CLI imports it.
 */
import type { Actor } from '../auth/actor';
import { catalogProblem } from '../mongo/catalog';
import { getMongoClient } from '../mongo/client';
import type { SyncFieldErrors, SyncSpec } from '../validation/sync';
import { enqueueRecorded } from './enqueue-recorded';
import { auditJob } from './record';

export type QueueSyncOutcome = { ok: true; id: string; spec: SyncSpec } | { ok: false; fieldErrors: SyncFieldErrors; catalogMessage?: string };

export type Via = 'page' | 'api' | 'cli';

/** Queues a parsed spec (each entry point parses its input with the one SyncSpec schema first). */
export async function queueSync(spec: SyncSpec, actor: Actor, via: Via): Promise<QueueSyncOutcome> {
  const problem = await catalogProblem(await getMongoClient(), spec);
  if (problem) return { ok: false, fieldErrors: { [problem.field]: [problem.message] }, catalogMessage: problem.message };
  const id = await enqueueRecorded(spec, actor, { origin: via === 'cli' ? 'cli' : 'user' });
  await auditJob('sync.queued', actor, id, via === 'page' ? { spec } : { spec, via, ...(via === 'cli' && { by: actor.username }) });
  return { ok: true, id, spec };
}
