import type { Metadata } from 'next';
import { userForPasswordToken } from '@/lib/accounts/complete-password-reset';
import { TokenProblemPage } from '../token-problem';
import { NewPasswordForm } from './new-password-form';

// The token is in the address: never send it on to another site in a Referer header.
export const metadata: Metadata = { title: 'Reset password', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const check = await userForPasswordToken(token, 'reset_password');
  if (!check.ok) return <TokenProblemPage problem={check.problem} again="reset" />;
  return <NewPasswordForm token={String(token)} purpose="reset_password" title="Choose a new password" username={check.user.username} />;
}
