/** Why: which roles must use a second factor (MFA_REQUIRED_ROLES), asked by the DAL, the pages and the seed alike. */
import type { Role } from '../auth/roles';
import { env } from '../env';

export function mfaRequiredFor(role: Role): boolean {
  return env.MFA_REQUIRED_ROLES.includes(role);
}

/** A signed-in user who must enrol before any other page opens. */
export function mustEnrol(user: { role: Role; mfaEnabled: boolean }): boolean {
  return !user.mfaEnabled && mfaRequiredFor(user.role);
}

export const ENROL_PATH = '/profile/security';
