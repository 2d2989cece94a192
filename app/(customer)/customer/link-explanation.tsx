import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { LinkState } from '@/lib/analytics/linking';

type Unlinked = Exclude<LinkState, { state: 'linked' }> | { state: 'missing' };

/** Why the customer sees no accounts, and what to do about it (never an empty page). */
export function LinkExplanation({ link, readOnly }: { link: Unlinked; readOnly: boolean }) {
  const who = readOnly ? 'This customer' : 'You';
  const body = {
    unverified: (
      <>
        <p>
          {who === 'You' ? 'Your' : "This customer's"} email address is not verified yet. Accounts are only shown once the address is confirmed, so that nobody
          can see someone else&apos;s accounts by typing their email.
        </p>
        {!readOnly && (
          <p>
            Follow the link in the verification email we sent you (check your spam folder), or request a new one from{' '}
            <Link className="font-medium text-brand-700 hover:underline" href="/profile">
              your profile
            </Link>
            .
          </p>
        )}
      </>
    ),
    'no-match': (
      <>
        <p>
          {who} signed up with <strong className="break-all">{'email' in link ? link.email : ''}</strong>, and no customer record at the brokerage has this
          email address.
        </p>
        <p>
          {readOnly
            ? 'An administrator can link the right record by hand from the user list.'
            : 'If you are a customer under another address, change your email on your profile to that one, or ask support to link your record.'}
        </p>
      </>
    ),
    ambiguous: (
      <>
        <p>
          More than one customer record has the email address <strong className="break-all">{'email' in link ? link.email : ''}</strong>, so none was linked
          automatically.
        </p>
        <p>{readOnly ? 'Link the right record by hand from the user list.' : 'Please contact support: they will link the right record to your account.'}</p>
      </>
    ),
    missing: (
      <>
        <p>
          The customer record {readOnly ? 'this account is' : 'your account is'} linked to is no longer in the analytics data (it may have been removed by an
          import).
        </p>
        <p>{readOnly ? 'Unlink it and link the current record from the user list.' : 'Please contact support to have your record linked again.'}</p>
      </>
    ),
    'not-customer': <p>Only customer accounts have analytics accounts.</p>,
  }[link.state];
  return (
    <Card title="No accounts to show yet">
      <div data-testid="link-explanation" className="space-y-2 text-slate-700">
        {body}
      </div>
    </Card>
  );
}
