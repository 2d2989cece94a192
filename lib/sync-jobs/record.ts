/** Why: every job use case ends the same way — the run history learns about a newly queued job, and audit records who did what. */
import type { Actor } from '../auth/actor';
import { recordAudit, type AuditAction } from '../db/queries/audit';
import { getSyncQueue } from '../queue';
import { recordQueued } from '../runs/lifecycle';

export async function recordQueuedJob(id: string, options: Parameters<typeof recordQueued>[1] = {}): Promise<void> {
  const job = await getSyncQueue().getJob(id);
  if (job) await recordQueued(job, options);
}

export async function auditJob(action: AuditAction, actor: Actor, id: string, detail?: Record<string, unknown>): Promise<void> {
  await recordAudit({ action, actorUserId: actor.id, target: `sync-job:${id}`, ip: actor.ip, detail });
}
