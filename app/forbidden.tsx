import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-red-600">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Access denied</h1>
      <p className="mt-3 max-w-md text-slate-600">Your account does not have access to this area. If you think it should, ask an administrator.</p>
      <Link href="/" className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
        Go to your area
      </Link>
    </main>
  );
}
