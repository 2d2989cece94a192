import type { Metadata } from 'next';
import { PasswordLinkPage } from './password-link-page';

// The token is in the address: never send it on to another site in a Referer header.
export const metadata: Metadata = { title: 'Reset password', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  return <PasswordLinkPage token={(await searchParams).token} purpose="reset_password" title="Choose a new password" />;
}
