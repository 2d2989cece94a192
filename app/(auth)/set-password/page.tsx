import type { Metadata } from 'next';
import { PasswordLinkPage } from '../reset-password/password-link-page';

export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  return <PasswordLinkPage token={(await searchParams).token} purpose="set_password" title="Choose your password" />;
}
