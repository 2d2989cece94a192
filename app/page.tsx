import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentSession } from '@/lib/auth/dal';
import { homePath } from '@/lib/auth/roles';

export default async function Home() {
  const current = await getCurrentSession().catch(() => null);
  if (current) redirect(homePath(current.user.role));
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center px-6">
      <h1 className="text-4xl font-bold tracking-tight text-brand-900">Sync Portal</h1>
      <p className="mt-4 text-lg text-slate-700">
        Your financial analytics — customers, accounts and transactions — and the sync jobs that keep its MongoDB collections replicated.
      </p>
      <div className="mt-8 flex gap-3">
        <Link href="/login" className="rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          Sign in
        </Link>
        <Link href="/signup" className="rounded-md border border-slate-300 bg-white px-5 py-2.5 font-semibold text-slate-800 hover:bg-slate-50">
          Create account
        </Link>
      </div>
    </main>
  );
}
