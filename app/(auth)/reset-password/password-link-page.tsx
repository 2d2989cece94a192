import { userForPasswordToken, type PasswordTokenPurpose } from '@/lib/accounts/complete-password-reset';
import { TokenProblemPage } from '../token-problem';
import { NewPasswordForm } from './new-password-form';

/** The reset and set-password links: the form for a good link, else the page that says what is wrong with it. */
export async function PasswordLinkPage({ token, purpose, title }: { token: string | string[] | undefined; purpose: PasswordTokenPurpose; title: string }) {
  const check = await userForPasswordToken(token, purpose);
  if (!check.ok) return <TokenProblemPage problem={check.problem} again="reset" />;
  return <NewPasswordForm token={String(token)} purpose={purpose} title={title} username={check.user.username} />;
}
