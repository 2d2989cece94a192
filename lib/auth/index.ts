/**
 * Why: the Node-side Auth.js instance: the edge-safe config plus the Credentials provider, which delegates to
 * authenticate() and turns its refusals into CredentialsSignin errors with a machine-readable code. It is the one
 * way in: identifier + password (+ optional code), or the second step's code with the pending-ticket cookie the
 * password step set; a password alone never signs in a user with 2FA. Every
 * sign-out — the header's button or a POST to Auth.js's own /api/auth/signout — ends the session row too, so a
 * copy of the old cookie opens nothing.
 */
import { randomUUID } from 'node:crypto';
import NextAuth, { CredentialsSignin } from 'next-auth';
import { isServiceUnavailable } from '../errors';
import Credentials from 'next-auth/providers/credentials';
import { cookies, headers } from 'next/headers';
import { recordAudit } from '../db/queries/audit';
import { revokeSession } from '../db/queries/sessions';
import { clientInfo } from '../request-info';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from '../mfa/new-device';
import { PENDING_SIGN_IN_COOKIE, PENDING_SIGN_IN_SECONDS } from '../mfa/pending-sign-in';
import { signInSchema } from '../validation/auth';
import { secondFactorSchema, toSecondFactor } from '../validation/mfa';
import { authenticate, completeSecondStep, type AuthResult, type SignInClient } from './authenticate';
import { authConfig } from './config';

export class SignInRefused extends CredentialsSignin {
  constructor(reason: string, detail?: number | string) {
    super();
    this.code = detail ? `${reason}:${detail}` : reason;
  }
}

export const { handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused sign-in is an expected outcome (audited in authenticate()), not an error with a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (typeof token?.uid !== 'number' || typeof token.sid !== 'string') return;
      if (!(await revokeSession(token.uid, token.sid))) return;
      await recordAudit({ action: 'auth.signout', actorUserId: token.uid, target: `session:${token.sid}`, ip: clientInfo(await headers()).ip });
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {}, method: {}, code: {}, recoveryCode: {} },
      async authorize(credentials, request) {
        const store = await cookies();
        const secure = new URL(request.url).protocol === 'https:';
        const factor = credentials.method === undefined ? undefined : secondFactorSchema.safeParse(credentials);
        if (factor && !factor.success) throw new SignInRefused('invalid_code');
        const client: SignInClient = { ...clientInfo(request.headers), deviceId: store.get(DEVICE_COOKIE)?.value ?? randomUUID() };
        const ticket = store.get(PENDING_SIGN_IN_COOKIE)?.value;

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
          if (result.pendingTicket)
            store.set(PENDING_SIGN_IN_COOKIE, result.pendingTicket, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: PENDING_SIGN_IN_SECONDS });
          if (result.reason === 'expired') store.delete(PENDING_SIGN_IN_COOKIE);
          throw new SignInRefused(result.reason, result.retryAfterSeconds ?? result.disabledReason);
        }
        if (ticket) store.delete(PENDING_SIGN_IN_COOKIE);
        if (!store.has(DEVICE_COOKIE))
          store.set(DEVICE_COOKIE, client.deviceId!, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS });
        const { user, sessionId } = result;
        return { id: String(user.id), role: user.role, sid: sessionId };
      },
    }),
  ],
});
