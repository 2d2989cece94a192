/**
 * Why: the Node-side Auth.js instance: the edge-safe config plus the Credentials provider, whose authorize() is
 * authorizeCredentials() (credentials.ts) over Next's cookie store; refreshSessionToken() re-issues the cookie once
 * 2FA enrolment is done (app/profile/security/continue), so the proxy stops sending the user to enrol. Every
 * sign-out — the header's button or a POST to Auth.js's own /api/auth/signout — ends the session row too, so a
 * copy of the old cookie opens nothing.
 */
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cookies, headers } from 'next/headers';
import { recordAudit } from '../db/queries/audit';
import { findSessionWithUser, revokeSession } from '../db/queries/sessions';
import { mustEnrol } from '../mfa/policy';
import { clientInfo } from '../request-info';
import { authConfig } from './config';
import { log } from '../log';
import { authorizeCredentials } from './credentials';

export const {
  handlers,
  signIn,
  signOut,
  unstable_update: refreshSessionToken,
} = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    // A token refresh (after enrolling in 2FA) re-reads whether enrolment is still owed from MySQL; whatever the
    // browser sends with the refresh request is ignored.
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (params.trigger !== 'update' || typeof token.uid !== 'number' || typeof token.sid !== 'string') return token;
      const row = await findSessionWithUser(token.sid, token.uid);
      return { ...token, enrol: row ? mustEnrol(row.user) : token.enrol };
    },
  },
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
