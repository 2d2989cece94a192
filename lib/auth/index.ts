/**
 * Why: the Node-side Auth.js instance: the edge-safe config plus the Credentials provider, whose authorize() is
 * authorizeCredentials() (credentials.ts) over Next's cookie store. Every
 * sign-out — the header's button or a POST to Auth.js's own /api/auth/signout — ends the session row too, so a
 * copy of the old cookie opens nothing.
 */
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cookies, headers } from 'next/headers';
import { recordAudit } from '../db/queries/audit';
import { revokeSession } from '../db/queries/sessions';
import { clientInfo } from '../request-info';
import { authConfig } from './config';
import { log } from '../log';
import { authorizeCredentials } from './credentials';

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
      credentials: { identifier: {}, password: {}, method: {}, code: {}, recoveryCode: {} },
      async authorize(credentials, request) {
        const store = await cookies();
        return authorizeCredentials(credentials, request, {
          get: (name) => store.get(name)?.value,
          set: (name, value, options) => store.set(name, value, options),
          delete: (name) => store.delete(name),
        });
      },
    }),
  ],
});
