/**
 * Why: the Credentials provider's authorize(), apart from Auth.js and Next's request scope so tests can call it
 * directly. It is the one way in: identifier + password (+ optional code), or the second step's code with the
 * pending-ticket cookie the password step set; a password alone never signs in a user with 2FA. Refusals become
 * CredentialsSignin errors with a machine-readable code ("second_factor", "rate_limited:120", …).
 */
import { randomUUID } from 'node:crypto';
import { CredentialsSignin } from '@auth/core/errors';
import { isServiceUnavailable } from '../errors';
import { mustEnrol } from '../mfa/policy';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from '../mfa/new-device';
import { PENDING_SIGN_IN_COOKIE, PENDING_SIGN_IN_SECONDS } from '../mfa/pending-sign-in';
import { clientInfo } from '../request-info';
import { signInSchema } from '../validation/auth';
import { secondFactorSchema, toSecondFactor } from '../validation/mfa';
import { authenticate, completeSecondStep, type AuthResult, type SignInClient } from './authenticate';
import type { Role } from './roles';

class SignInRefused extends CredentialsSignin {
  constructor(reason: string, detail?: number | string) {
    super();
    this.code = detail ? `${reason}:${detail}` : reason;
  }
}

type CookieOptions = { httpOnly: boolean; sameSite: 'lax'; secure: boolean; path: string; maxAge: number };

/** The request's cookies as authorize() reads and writes them (Next's cookie store in the app, a map in tests). */
export type SignInCookies = {
  get(name: string): string | undefined;
  set(name: string, value: string, options: CookieOptions): void;
  delete(name: string): void;
};

export async function authorizeCredentials(
  credentials: Partial<Record<string, unknown>>,
  request: Request,
  cookies: SignInCookies,
): Promise<{ id: string; role: Role; sid: string; enrol: boolean }> {
  const options = (maxAge: number): CookieOptions => ({
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(request.url).protocol === 'https:',
    path: '/',
    maxAge,
  });
  const factor = credentials.method === undefined ? undefined : secondFactorSchema.safeParse(credentials);
  if (factor && !factor.success) throw new SignInRefused('invalid_code');
  const client: SignInClient = { ...clientInfo(request.headers), deviceId: cookies.get(DEVICE_COOKIE) ?? randomUUID() };
  const ticket = cookies.get(PENDING_SIGN_IN_COOKIE);

  let attempt: Promise<AuthResult>;
  if (credentials.identifier === undefined && factor) {
    attempt = completeSecondStep(ticket ?? '', toSecondFactor(factor.data), client);
  } else {
    const parsed = signInSchema.safeParse(credentials);
    if (!parsed.success) throw new SignInRefused('invalid');
    attempt = authenticate(parsed.data.identifier, parsed.data.password, client, factor && toSecondFactor(factor.data));
  }
  // A store outage is refused like a bad password (Auth.js would otherwise redirect to its own error page),
  // with its own code so the form can say the service is temporarily unavailable.
  const result = await attempt.catch((error: unknown) => {
    if (isServiceUnavailable(error)) throw new SignInRefused('unavailable');
    throw error;
  });
  if (!result.ok) {
    if (result.pendingTicket) cookies.set(PENDING_SIGN_IN_COOKIE, result.pendingTicket, options(PENDING_SIGN_IN_SECONDS));
    if (result.reason === 'expired') cookies.delete(PENDING_SIGN_IN_COOKIE);
    throw new SignInRefused(result.reason, result.retryAfterSeconds ?? result.disabledReason);
  }
  if (ticket) cookies.delete(PENDING_SIGN_IN_COOKIE);
  if (!cookies.get(DEVICE_COOKIE)) cookies.set(DEVICE_COOKIE, client.deviceId!, options(DEVICE_COOKIE_MAX_AGE_SECONDS));
  const { user, sessionId, mfaEnabled } = result;
  return { id: String(user.id), role: user.role, sid: sessionId, enrol: mustEnrol({ role: user.role, mfaEnabled }) };
}
