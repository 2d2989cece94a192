/**
 * Why: the whole credentials check — throttle, constant-work comparison, session row, audit — outside Auth.js so
 * it can be tested on real MySQL and Redis without a browser. Auth.js's authorize() only adapts it.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../db/queries/audit';
import { createSession } from '../db/queries/sessions';
import { findUserByIdentifier, recordSignIn, type User } from '../db/queries/users';
import type { ClientInfo } from '../request-info';
import { SESSION_MAX_AGE_SECONDS } from './config';
import { clearLoginFailures, loginRetryAfter, recordLoginFailure } from './login-throttle';
import { verifyAgainstDummy, verifyPassword } from './password';

export type AuthResult =
  | { ok: true; user: User; sessionId: string }
  | { ok: false; reason: 'invalid' | 'disabled' | 'rate_limited'; retryAfterSeconds?: number; disabledReason?: string };

export async function authenticate(identifier: string, password: string, client: ClientInfo): Promise<AuthResult> {
  const fail = async (reason: 'invalid' | 'disabled' | 'rate_limited', user?: User, retryAfterSeconds?: number): Promise<AuthResult> => {
    if (reason === 'invalid') await recordLoginFailure(client.ip, identifier);
    await recordAudit({ action: 'auth.signin_failed', actorUserId: user?.id ?? null, target: identifier.slice(0, 255), ip: client.ip, detail: { reason } });
    return { ok: false, reason, retryAfterSeconds, disabledReason: reason === 'disabled' ? (user?.disabledReason ?? undefined) : undefined };
  };

  const retryAfter = await loginRetryAfter(client.ip, identifier);
  if (retryAfter > 0) return fail('rate_limited', undefined, retryAfter);

  const user = await findUserByIdentifier(identifier);
  const matches = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !matches) return fail('invalid', user);
  if (user.status !== 'active') return fail('disabled', user);

  const sessionId = randomUUID();
  await createSession({ id: sessionId, userId: user.id, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000), ...client });
  await recordSignIn(user.id);
  await clearLoginFailures(client.ip, identifier);
  await recordAudit({ action: 'auth.signin', actorUserId: user.id, target: `session:${sessionId}`, ip: client.ip });
  return { ok: true, user, sessionId };
}
