import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { When } from '@/components/when';
import { env } from '@/lib/env';

/** The page body `npm run bench:web` renders twice — once public, once behind the proxy and requireRole. */
export async function BenchPage({ viewer }: { viewer: string }) {
  await connection();
  if (!env.BENCH_ROUTES) notFound();
  return <BenchBody viewer={viewer} renderedAt={new Date()} />;
}

export function BenchBody({ viewer, renderedAt }: { viewer: string; renderedAt: Date }) {
  const rows = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, account: 371138 + i * 17, limit: 10_000 - i * 250 }));
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-2xl font-semibold">Accounts overview</h1>
      <p className="text-slate-600">
        Viewer: {viewer} · rendered <When at={renderedAt} />
      </p>
      <table className="mt-4 w-full text-sm">
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.id}</td>
              <td>{r.account}</td>
              <td>{r.limit.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
