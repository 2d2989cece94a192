import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Service temporarily unavailable' };
export const dynamic = 'force-dynamic';

export default function ServiceUnavailable() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-amber-800">503</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Service temporarily unavailable</h1>
      <p className="mt-3 max-w-md text-slate-600">We cannot reach our account database right now. Please try again in a moment.</p>
    </main>
  );
}
