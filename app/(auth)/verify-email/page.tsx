import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { verifyEmail } from '@/lib/accounts/verify-email';
import { clientInfo } from '@/lib/request-info';
import { TokenProblemPage } from '../token-problem';

export const metadata: Metadata = { title: 'Verify email', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const outcome = await verifyEmail(token, clientInfo(await headers()).ip);
  if (!outcome.ok) return <TokenProblemPage problem={outcome.problem} again="verify" />;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Email verified</h1>
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        Thank you: {outcome.email} is confirmed as your address.
      </p>
      <p className="text-sm">
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          Continue to Sync Portal
        </Link>
      </p>
    </div>
  );
}
