import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <Link href="/" className="mt-6 text-sm font-semibold text-brand-700 hover:underline">
        Back to Sync Portal
      </Link>
    </main>
  );
}
