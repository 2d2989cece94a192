/**
 * Why: the Node-side Auth.js instance: the edge-safe config plus the Credentials provider, which delegates to
 * authenticate() and turns its refusals into CredentialsSignin errors with a machine-readable code. Every
 * sign-out — the header's button or a POST to Auth.js's own /api/auth/signout — ends the session row too, so a
 * copy of the old cookie opens nothing.
 */
import NextAuth, { CredentialsSignin } from 'next-auth';
import { isServiceUnavailable } from '../errors';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { recordAudit } from '../db/queries/audit';
import { revokeSession } from '../db/queries/sessions';
import { clientInfo } from '../request-info';
import { signInSchema } from '../validation/auth';
import { authenticate } from './authenticate';
import { authConfig } from './config';
import { log } from '../log';

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
      log.error({ err: error }, 'Auth.js error');
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
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInRefused('invalid');
        // A store outage is refused like a bad password (Auth.js would otherwise redirect to its own error page),
        // with its own code so the form can say the service is temporarily unavailable.
        const result = await authenticate(parsed.data.identifier, parsed.data.password, clientInfo(request.headers)).catch((error: unknown) => {
          if (isServiceUnavailable(error)) throw new SignInRefused('unavailable');
          throw error;
        });
        if (!result.ok) throw new SignInRefused(result.reason, result.retryAfterSeconds ?? result.disabledReason);
        const { user, sessionId } = result;
        return { id: String(user.id), role: user.role, sid: sessionId };
      },
    }),
  ],
});
