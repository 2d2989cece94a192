import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth';

/**
 * Signs in through the credentials provider, for the password and the code step alike: null when a session was
 * made, else the refusal's code ("rate_limited:120", "second_factor", …). Anything but a refusal is rethrown.
 */
export async function attemptSignIn(credentials: Record<string, string | undefined>): Promise<string | null> {
  try {
    await signIn('credentials', { ...credentials, redirect: false });
    return null;
  } catch (error) {
    if (!(error instanceof AuthError && error.type === 'CredentialsSignin')) throw error;
    return (error as AuthError & { code?: string }).code ?? '';
  }
}
