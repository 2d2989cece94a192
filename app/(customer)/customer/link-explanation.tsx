import Link from 'next/link';
import { SupportLink } from '@/components/support-link';
import { Card } from '@/components/ui/card';
import type { LinkState } from '@/lib/analytics/linking';
import { LinkRecordForm } from './link-record-form';

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
    unlinked: readOnly ? (
      <p>
        This customer has not linked a customer record yet. They link it themselves with an account number and their birth date, or an administrator links it by
        hand from the user list.
      </p>
    ) : (
      <>
        <p>
          To see your accounts, link your sign-in to your customer record: give one of your account numbers and your birth date, as the brokerage has them. The
          record must also have your email address, <strong className="break-all">{'email' in link ? link.email : ''}</strong>.
        </p>
        <LinkRecordForm />
      </>
    ),
    missing: (
      <>
        <p>
          The customer record {readOnly ? 'this account is' : 'your account is'} linked to is no longer in the analytics data (it may have been removed by an
          import).
        </p>
        <p>
          {readOnly ? (
            'Unlink it and link the current record from the user list.'
          ) : (
            <>
              Please write to <SupportLink /> to have your record linked again.
            </>
          )}
        </p>
      </>
    ),
    'not-customer': <p>Only customer accounts have analytics accounts.</p>,
  }[link.state];
  return (
    <Card title={link.state === 'unlinked' && !readOnly ? 'Link your customer record' : 'No accounts to show yet'}>
      <div data-testid="link-explanation" className="space-y-2 text-slate-700">
        {body}
      </div>
    </Card>
  );
}
