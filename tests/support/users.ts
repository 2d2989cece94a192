import { randomUUID } from 'node:crypto';
import { createAccount } from '@/lib/accounts/create-account';
import type { Role } from '@/lib/auth/roles';
import { createSession } from '@/lib/db/queries/sessions';
import { findUserById } from '@/lib/db/queries/users';
import { enrolWithSecret } from '@/lib/mfa/enrol-with-secret';
import { mfaRequiredFor } from '@/lib/mfa/policy';
import { TEST_TOTP_SECRET } from './totp';

let counter = 0;
export const TEST_PASSWORD = 'velvet canyon otter 93';

/** A fresh user; staff whose role requires 2FA are enrolled with TEST_TOTP_SECRET unless `mfa: false`. */
export async function makeUser(role: Role = 'customer', password = TEST_PASSWORD, { mfa = mfaRequiredFor(role) } = {}) {
  counter++;
  const username = `u${Date.now().toString(36)}${counter}`;
  const result = await createAccount({ email: `${username}@example.com`, username, firstName: 'Test', lastName: role, address: '', password, role });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  if (mfa) await enrolWithSecret(result.id, TEST_TOTP_SECRET);
  return (await findUserById(result.id))!;
}

export async function makeSession(userId: number, overrides: { expiresAt?: Date } = {}) {
  const id = randomUUID();
  await createSession({ id, userId, expiresAt: overrides.expiresAt ?? new Date(Date.now() + 3_600_000), ip: '127.0.0.1', userAgent: 'vitest' });
  return id;
}
