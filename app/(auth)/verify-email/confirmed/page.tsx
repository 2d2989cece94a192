import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/dal';

export const metadata: Metadata = { title: 'Email verified' };

/** Where a confirmation lands (a fresh request, so every banner already reads the verified address). */
export default async function EmailConfirmedPage() {
  const { user } = await requireUser();
  if (!user.emailVerifiedAt) redirect('/profile');
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Email verified</h1>
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        Thank you: {user.email} is confirmed as your address.
      </p>
      <p className="text-sm">
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          Continue to Sync Portal
        </Link>
      </p>
    </div>
  );
}
