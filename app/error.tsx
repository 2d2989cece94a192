'use client';
import { useSupportAddress } from '@/components/support-address';
import { SupportMailto } from '@/components/support-mailto';

/** Unexpected failures: a calm page with a retry and who to write to; details stay in the server log (digest shown for support). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const support = useSupportAddress();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 max-w-md text-slate-600">This page could not be loaded. If a service is restarting, trying again in a moment usually works.</p>
      {support && (
        <p className="mt-2 max-w-md text-slate-600" data-testid="error-support">
          If it keeps happening, write to <SupportMailto address={support} />
          {error.digest ? ' and quote the reference below.' : '.'}
        </p>
      )}
      {error.digest && <p className="mt-2 text-xs text-slate-500">Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
        Try again
      </button>
    </main>
  );
}
