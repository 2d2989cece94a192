/**
 * Why: the whole credentials check — throttle, constant-work comparison, second factor, session row, audit — outside
 * Auth.js so it can be tested on real MySQL and Redis without a browser. Auth.js's authorize() only adapts it.
 * The throttle points are taken before the password is checked and given back on success. A user with 2FA gets no
 * session from a password alone: either a code comes with it, or a signed 5-minute ticket for the second step.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../db/queries/audit';
import { countEvent } from '../db/queries/metric-counters';
import { findMfaCredential } from '../db/queries/mfa';
import { createSession } from '../db/queries/sessions';
import { findUserById, recordSignIn, resolveIdentifier, type User } from '../db/queries/users';
import { noteSignInDevice } from '../mfa/new-device';
import { issuePendingSignIn, pendingSignInMatches, readPendingSignIn } from '../mfa/pending-sign-in';
import { verifySecondFactor, type SecondFactor } from '../mfa/verify-second-factor';
import type { MfaCredential } from '../db/schema';
import type { ClientInfo } from '../request-info';
import { SESSION_MAX_AGE_SECONDS } from './config';
import { canonicalIdentifier, identifierThrottleKey } from './identifier';
import { addressKey, signInAccountThrottle, signInAddressThrottle } from './login-throttle';
import { verifyAgainstDummy, verifyPassword } from './password';
import { log } from '../log';

export type SignInClient = ClientInfo & { deviceId?: string | null };

type Refusal = 'invalid' | 'disabled' | 'rate_limited' | 'second_factor' | 'invalid_code' | 'expired';

export type AuthResult =
  | { ok: true; user: User; sessionId: string; mfaEnabled: boolean }
  | { ok: false; reason: Refusal; retryAfterSeconds?: number; disabledReason?: string; pendingTicket?: string };

async function startSession(user: User, client: SignInClient, mfaEnabled: boolean): Promise<AuthResult> {
  const sessionId = randomUUID();
  await createSession({
    id: sessionId,
    userId: user.id,
    expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    ip: client.ip,
    userAgent: client.userAgent,
  });
  await recordSignIn(user.id);
  await Promise.all([
    recordAudit({ action: 'auth.signin', actorUserId: user.id, target: `session:${sessionId}`, ip: client.ip }),
    countEvent('signins', 'success'),
  ]);
  if (client.deviceId)
    await noteSignInDevice(user, client.deviceId, client, sessionId).catch((error: Error) =>
      log.error({ err: error, userId: user.id }, 'new-device notice failed'),
    );
  return { ok: true, user, sessionId, mfaEnabled };
}

/** The second step for a user whose password was right: a code → session; none → a ticket for the code form. */
async function secondStep(user: User, credential: MfaCredential, factor: SecondFactor | undefined, client: SignInClient): Promise<AuthResult> {
  if (!factor) return { ok: false, reason: 'second_factor', pendingTicket: issuePendingSignIn(user) };
  const check = await verifySecondFactor(credential, factor, client);
  if (!check.ok) return { ok: false, reason: check.reason, retryAfterSeconds: check.retryAfterSeconds };
  return startSession(user, client, true);
}

export async function authenticate(typed: string, password: string, client: SignInClient, factor?: SecondFactor): Promise<AuthResult> {
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
  await Promise.all([signInAccountThrottle.clear(accountKey), signInAddressThrottle.refund(addressKey(client.ip))]);

  const credential = await findMfaCredential(exact.id);
  if (credential?.confirmedAt) return secondStep(exact, credential, factor, client);
  return startSession(exact, client, false);
}

/** The code form's submission: the ticket from the password step plus an authentication or recovery code. */
export async function completeSecondStep(ticket: string, factor: SecondFactor, client: SignInClient): Promise<AuthResult> {
  const userId = readPendingSignIn(ticket);
  const user = userId === null ? undefined : await findUserById(userId);
  const credential = user && pendingSignInMatches(ticket, user) ? await findMfaCredential(user.id) : undefined;
  if (!user || !credential?.confirmedAt) return { ok: false, reason: 'expired' };
  return secondStep(user, credential, factor, client);
}
