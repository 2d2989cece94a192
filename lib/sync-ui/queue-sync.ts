/**
 * Why: the admin form's action and POST /api/admin/sync/jobs queue a sync the same way — parse the flat fields
 * with the one SyncSpec schema, check the namespaces against the server's catalog, enqueue, audit — and differ
 * only in how they present the outcome.
 */
import 'server-only';
import type { CurrentSession } from '../auth/dal';
import { recordAudit } from '../db/queries/audit';
import { catalogProblem } from '../mongo/catalog';
import { getMongoClient } from '../mongo/client';
import { enqueueSync } from '../queue';
import { parseSyncSpecFields, type FormLike, type SyncFieldErrors, type SyncSpec } from '../validation/sync';

export type QueueSyncOutcome =
  | { ok: true; id: string; spec: SyncSpec }
  | { ok: false; fieldErrors: SyncFieldErrors; catalogMessage?: string };

export async function queueSync(fields: FormLike, { user }: CurrentSession, ip: string | null, via: 'page' | 'api'): Promise<QueueSyncOutcome> {
  const parsed = parseSyncSpecFields(fields);
  if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors };
  const spec = parsed.data;
  const problem = await catalogProblem(await getMongoClient(), spec);
  if (problem) return { ok: false, fieldErrors: { [problem.field]: [problem.message] }, catalogMessage: problem.message };
  const id = await enqueueSync(spec, { userId: user.id, username: user.username });
  await recordAudit({ action: 'sync.queued', actorUserId: user.id, target: `sync-job:${id}`, ip, detail: via === 'api' ? { spec, via } : { spec } });
  return { ok: true, id, spec };
}
