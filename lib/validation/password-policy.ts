/** Why: one password policy (NIST 800-63B: length, breached list, no personal data) for sign-up, profile, CLI. */
import { isCommonPassword } from '../auth/common-passwords';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const PASSWORD_MESSAGES = {
  tooShort: `Password must be at least ${PASSWORD_MIN} characters`,
  tooLong: `Password must be at most ${PASSWORD_MAX} characters`,
  common: 'This password is too common; choose one that is harder to guess',
  username: 'Password must not contain your username',
  email: 'Password must not contain your email address',
  mismatch: 'Passwords do not match',
} as const;

/** The first rule the password breaks, or null. Length counts characters (code points), not bytes. */
export function passwordProblem(password: string, identity: { username?: string; email?: string }): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return PASSWORD_MESSAGES.tooShort;
  if (length > PASSWORD_MAX) return PASSWORD_MESSAGES.tooLong;
  if (isCommonPassword(password)) return PASSWORD_MESSAGES.common;
  const lower = password.toLowerCase();
  const username = identity.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) return PASSWORD_MESSAGES.username;
  const local = identity.email?.trim().toLowerCase().split('@')[0];
  if (local && local.length >= 3 && lower.includes(local)) return PASSWORD_MESSAGES.email;
  return null;
}
