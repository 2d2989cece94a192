/**
 * Why: the admin form's action, POST /api/admin/sync/jobs and the `sync` CLI queue a sync the same way — parse
 * the flat fields with the one SyncSpec schema, check the namespaces against the server's catalog, enqueue, record
 * the queued run, audit — and differ only in how they present the outcome. No 'server-only' here: the CLI imports it.
 */
import type { CurrentSession } from '../auth/dal';
import { recordAudit } from '../db/queries/audit';
import { getMongoClient } from '../mongo/client';
import { serverProblem } from '../mongo/filter-probe';
import { enqueueSync, getSyncQueue } from '../queue';
import type { QueuedBy, SyncJobData } from '../queue/types';
import { recordQueued } from '../runs/lifecycle';
import { parseSyncSpecFields, type FormLike, type SyncFieldErrors, type SyncSpec } from '../validation/sync';

export type QueueSyncOutcome = { ok: true; id: string; spec: SyncSpec } | { ok: false; fieldErrors: SyncFieldErrors; catalogMessage?: string };

/** Who acts: a signed-in user, or (userId null) the CLI's operating-system user. */
export type Actor = { userId: number | null; username: string };
export type Via = 'page' | 'api' | 'cli';

export function actorOf({ user }: CurrentSession): Actor {
  return { userId: user.id, username: user.username };
}

export const queuedByOf = (actor: Actor): QueuedBy => ({ userId: actor.userId ?? 0, username: actor.username });

/** Enqueues a parsed spec and writes its "queued" run row; the one way any entry point starts a job. */
export async function enqueueRecorded(spec: SyncSpec, actor: Actor, extra: Pick<SyncJobData, 'origin' | 'scheduleId'>): Promise<string> {
  const id = await enqueueSync(spec, queuedByOf(actor), extra);
  const job = await getSyncQueue().getJob(id);
  if (job) await recordQueued(job);
  return id;
}

export async function queueSync(fields: FormLike, actor: Actor, ip: string | null, via: Via): Promise<QueueSyncOutcome> {
  const parsed = parseSyncSpecFields(fields);
  if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors };
  const spec = parsed.data;
  const problem = await serverProblem(await getMongoClient(), spec);
  if (problem) return { ok: false, fieldErrors: { [problem.field]: [problem.message] }, catalogMessage: problem.message };
  const id = await enqueueRecorded(spec, actor, { origin: via === 'cli' ? 'cli' : 'user' });
  await recordAudit({
    action: 'sync.queued',
    actorUserId: actor.userId,
    target: `sync-job:${id}`,
    ip,
    detail: via === 'page' ? { spec } : { spec, via, ...(via === 'cli' && { by: actor.username }) },
  });
  return { ok: true, id, spec };
}
