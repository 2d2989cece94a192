import type { Metadata } from 'next';
import { userForPasswordToken } from '@/lib/accounts/complete-password-reset';
import { NewPasswordForm } from '../reset-password/new-password-form';
import { TokenProblemPage } from '../token-problem';

export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const check = await userForPasswordToken(token, 'set_password');
  if (!check.ok) return <TokenProblemPage problem={check.problem} again="reset" />;
  return <NewPasswordForm token={String(token)} purpose="set_password" title="Choose your password" username={check.user.username} />;
}
