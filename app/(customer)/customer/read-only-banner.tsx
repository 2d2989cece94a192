import Link from 'next/link';
import type { LinkSubject } from '@/lib/analytics/linking';

export function ReadOnlyBanner({ subject }: { subject: Pick<LinkSubject, 'username'> }) {
  return (
    <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Viewing <strong>{subject.username}</strong>&apos;s customer area read-only.{' '}
      <Link href="/customer" className="font-medium underline">
        Pick another customer
      </Link>
    </p>
  );
}
