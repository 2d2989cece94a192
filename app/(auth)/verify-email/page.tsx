import type { Metadata } from 'next';
import Link from 'next/link';
import { pendingVerification } from '@/lib/accounts/verify-email';
import { getCurrentSession } from '@/lib/auth/dal';
import { TokenProblemPage } from '../token-problem';
import { ConfirmEmailForm } from './confirm-email-form';

export const metadata: Metadata = { title: 'Verify email', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

/** Opening the link changes nothing: the signed-in owner of the account confirms with a POST. */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const current = await getCurrentSession();
  const pending = await pendingVerification(token, current?.user.id ?? null);
  if (!pending.ok) return <TokenProblemPage problem={pending.problem} again="verify" />;
  if (!current) {
    const here = `/verify-email?token=${encodeURIComponent(String(token))}`;
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">Sign in to confirm your email address</h1>
        <p className="text-sm text-slate-700">To confirm this address, sign in to the account it is for. Nothing changes until you confirm on the next page.</p>
        <p className="text-sm">
          <Link href={`/login?callbackUrl=${encodeURIComponent(here)}`} className="font-medium text-brand-700 hover:underline">
            Sign in and confirm
          </Link>
        </p>
      </div>
    );
  }
  return <ConfirmEmailForm token={String(token)} email={pending.email} username={pending.username} />;
}
