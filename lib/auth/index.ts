/**
 * Why: the Node-side Auth.js instance: the edge-safe config plus the Credentials provider, which delegates to
 * authenticate() and turns its refusals into CredentialsSignin errors with a machine-readable code.
 */
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { clientInfo } from '../request-info';
import { signInSchema } from '../validation/auth';
import { authenticate } from './authenticate';
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
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInRefused('invalid');
        const result = await authenticate(parsed.data.identifier, parsed.data.password, clientInfo(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason, result.retryAfterSeconds ?? result.disabledReason);
        const { user, sessionId } = result;
        return { id: String(user.id), role: user.role, sid: sessionId };
      },
    }),
  ],
});
