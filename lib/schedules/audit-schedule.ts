import { recordAudit, type AuditAction } from '../db/queries/audit';
import type { SyncSchedule } from '../db/schema';
import type { Actor } from '../auth/actor';

/** One audit row per schedule change, named by the schedule's id and name. */
export async function auditSchedule(action: AuditAction, actor: Actor, schedule: Pick<SyncSchedule, 'id' | 'name'>, detail?: Record<string, unknown>) {
  await recordAudit({ action, actorUserId: actor.id, target: `sync-schedule:${schedule.id}`, ip: actor.ip, detail: { name: schedule.name, ...detail } });
}
