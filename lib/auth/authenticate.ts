/**
 * Why: the whole credentials check — throttle, constant-work comparison, session row, audit — outside Auth.js so
 * it can be tested on real MySQL and Redis without a browser. Auth.js's authorize() only adapts it.
 * The throttle points are taken before the password is checked and given back on success.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../db/queries/audit';
import { countEvent } from '../db/queries/metric-counters';
import { createSession } from '../db/queries/sessions';
import { recordSignIn, resolveIdentifier, type User } from '../db/queries/users';
import type { ClientInfo } from '../request-info';
import { SESSION_MAX_AGE_SECONDS } from './config';
import { canonicalIdentifier, identifierThrottleKey } from './identifier';
import { addressKey, signInAccountThrottle, signInAddressThrottle } from './login-throttle';
import { verifyAgainstDummy, verifyPassword } from './password';

export type AuthResult =
  | { ok: true; user: User; sessionId: string }
  | { ok: false; reason: 'invalid' | 'disabled' | 'rate_limited'; retryAfterSeconds?: number; disabledReason?: string };

export async function authenticate(typed: string, password: string, client: ClientInfo): Promise<AuthResult> {
  const identifier = canonicalIdentifier(typed);
  const fail = async (reason: 'invalid' | 'disabled' | 'rate_limited', user?: User, retryAfterSeconds?: number): Promise<AuthResult> => {
    await Promise.all([
      recordAudit({ action: 'auth.signin_failed', actorUserId: user?.id ?? null, target: identifier.slice(0, 255), ip: client.ip, detail: { reason } }),
      countEvent('signins', reason),
    ]);
    return { ok: false, reason, retryAfterSeconds, disabledReason: reason === 'disabled' ? (user?.disabledReason ?? undefined) : undefined };
  };

  const { exact, account } = await resolveIdentifier(identifier);
  const accountKey = account ? `user:${account.id}` : identifierThrottleKey(identifier);
  const waits = await Promise.all([signInAccountThrottle.consume(accountKey), signInAddressThrottle.consume(addressKey(client.ip))]);
  const retryAfter = Math.max(...waits);
  if (retryAfter > 0) return fail('rate_limited', account, retryAfter);

  const matches = exact ? await verifyPassword(password, exact.passwordHash) : await verifyAgainstDummy(password);
  if (!exact || !matches) return fail('invalid', account);
  if (exact.status !== 'active') return fail('disabled', exact);

  const sessionId = randomUUID();
  await createSession({ id: sessionId, userId: exact.id, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000), ...client });
  await recordSignIn(exact.id);
  await Promise.all([signInAccountThrottle.clear(accountKey), signInAddressThrottle.refund(addressKey(client.ip))]);
  await Promise.all([
    recordAudit({ action: 'auth.signin', actorUserId: exact.id, target: `session:${sessionId}`, ip: client.ip }),
    countEvent('signins', 'success'),
  ]);
  return { ok: true, user: exact, sessionId };
}
