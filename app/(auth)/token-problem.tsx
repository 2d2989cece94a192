import Link from 'next/link';
import type { TokenProblem as Problem } from '@/lib/accounts/tokens';

const WHAT: Record<Problem | 'email-changed', string> = {
  invalid: 'This link is not valid. It may have been cut short or changed when it was copied.',
  used: 'This link has already been used. Each link works only once.',
  expired: 'This link has expired.',
  'email-changed': 'This link was sent to an address that is no longer the one on the account.',
};

/** A used, expired or altered emailed link: say which, and offer the way to get a new one. */
export function TokenProblemPage({ problem, again }: { problem: Problem | 'email-changed'; again: 'reset' | 'verify' }) {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">This link cannot be used</h1>
      <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {WHAT[problem]}
      </p>
      {again === 'reset' ? (
        <p className="text-sm text-slate-700">
          <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
            Ask for a new link
          </Link>{' '}
          — we will email it to the account&apos;s address.
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          <Link href="/profile" className="font-medium text-brand-700 hover:underline">
            Sign in and send a new verification email
          </Link>{' '}
          from the banner at the top of the page.
        </p>
      )}
    </div>
  );
}
