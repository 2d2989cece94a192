/** Why: admins open a job in the admin area, technicians on their own read-only job page; links ask here. */
import { mayOpenArea, type Role } from '../auth/roles';

export function jobHref(role: Role, jobId: string): string {
  return `${mayOpenArea(role, 'admin') ? '/admin/sync' : '/technician/jobs'}/${encodeURIComponent(jobId)}`;
}
