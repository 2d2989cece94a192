import { NextResponse } from 'next/server';
import { CHECK_NAMES, runCheck, type CheckName } from '@/lib/health/checks';

export const dynamic = 'force-dynamic';

/** GET /api/health[?check=mysql] → 200 when every check passes, 503 naming the failing ones. Public on purpose (load balancers). */
export async function GET(request: Request) {
  const only = new URL(request.url).searchParams.get('check');
  if (only !== null && !(CHECK_NAMES as readonly string[]).includes(only)) {
    return NextResponse.json({ error: `Unknown check "${only}"; use one of ${CHECK_NAMES.join(', ')}` }, { status: 400 });
  }
  const names = only ? [only as CheckName] : [...CHECK_NAMES];
  const results = await Promise.all(names.map(async (name) => [name, await runCheck(name)] as const));
  const checks = Object.fromEntries(results);
  const failing = results.filter(([, r]) => r.status === 'down').map(([name]) => name);
  if (failing.length === 0) return NextResponse.json({ status: 'ok', checks }, { headers: { 'cache-control': 'no-store' } });
  return NextResponse.json({ status: 'error', failing, checks }, { status: 503, headers: { 'cache-control': 'no-store' } });
}
