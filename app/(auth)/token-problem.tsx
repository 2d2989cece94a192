import Link from 'next/link';
import type { VerifyProblem as Problem } from '@/lib/accounts/verify-email';

export const TOKEN_PROBLEMS: Record<Problem, string> = {
  invalid: 'This link is not valid. It may have been cut short or changed when it was copied.',
  used: 'This link has already been used. Each link works only once.',
  expired: 'This link has expired.',
  'account-changed': 'This link was sent for an earlier state of the account: its address, password or status has changed since.',
  'other-account': 'This link was sent for a different account than the one you are signed in with. Sign out, then sign in as the account the email names.',
};

/** A used, expired or altered emailed link: say which, and offer the way to get a new one. */
export function TokenProblemPage({ problem, again }: { problem: Problem; again: 'reset' | 'verify' }) {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">This link cannot be used</h1>
      <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {TOKEN_PROBLEMS[problem]}
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
