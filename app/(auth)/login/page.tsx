import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentSession } from '@/lib/auth/dal';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

const NOTICES: Record<string, string> = {
  'session-ended': 'Your session has ended. Please sign in again.',
  'signed-out': 'You have been signed out.',
  'password-reset': 'Your password was changed and every session was signed out. Sign in with your new password.',
  'password-set': 'Your password is set. Sign in to continue.',
  'sign-in-expired': 'The two-factor step expired. Sign in again.',
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reason?: string }> }) {
  const { callbackUrl, reason } = await searchParams;
  const current = await getCurrentSession().catch(() => null);
  if (current) redirect(safeCallbackUrl(callbackUrl, current.user.role));
  return (
    <LoginForm
      callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined}
      notice={typeof reason === 'string' && Object.hasOwn(NOTICES, reason) ? NOTICES[reason] : undefined}
    />
  );
}
