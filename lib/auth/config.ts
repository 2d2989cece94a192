/**
 * Why: the part of the Auth.js configuration that the proxy may load. Edge-safe on purpose — no database,
 * bcrypt or node: imports (tests/auth/edge-safety.test.ts bundles it for the browser and fails otherwise).
 * The JWT carries only user id, role, session id and whether 2FA enrolment is still owed; the session row in MySQL
 * stays the source of truth.
 */
import type { NextAuthConfig } from 'next-auth';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const authConfig = {
  pages: { signIn: '/login' },
  trustHost: true,
  // updateAge = maxAge: never re-issue the cookie on ordinary requests (the session row carries liveness).
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_MAX_AGE_SECONDS },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sid = user.sid;
        token.enrol = user.enrol;
      }
      return token;
    },
  },
} satisfies NextAuthConfig;
