/**
 * Why: the optimistic gate in front of every page. It only reads the session JWT (decoded claims are cached per
 * cookie value, and the cookie is never re-issued), so protected pages cost almost nothing extra here; the real
 * check — session row, user status, role — runs on the server in lib/auth/dal.ts. Edge-safe imports only.
 * It also answers the sign-in pages and every signed-in page with 503 when MySQL is down (lib/health/
 * database-gate.ts), since a page cannot set its own status.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { areaOfPath, mayOpenArea, PUBLIC_ONLY_PATHS, SIGNED_IN_PATHS } from './lib/auth/roles';
import { readSessionClaims } from './lib/auth/token';
import { databaseDown } from './lib/health/database-gate';

/** A rewrite cannot carry a status, so the unavailable page is fetched and answered with 503 ourselves. */
async function serviceUnavailable(request: NextRequest): Promise<NextResponse> {
  const page = await fetch(new URL('/service-unavailable', request.nextUrl.origin), { cache: 'no-store' });
  return new NextResponse(page.body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '30', 'cache-control': 'no-store' } });
}

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (PUBLIC_ONLY_PATHS.includes(pathname)) {
    if (request.method === 'GET' && (await databaseDown(request.nextUrl.origin))) return serviceUnavailable(request);
    return NextResponse.next();
  }

  const area = areaOfPath(pathname);
  const needsSession = area !== null || SIGNED_IN_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!needsSession) return NextResponse.next();

  const claims = await readSessionClaims((name) => request.cookies.get(name)?.value);
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (!claims && !isRead) return NextResponse.json({ error: 'Sign in to continue' }, { status: 401 });
  if (!claims) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  if (area && !mayOpenArea(claims.role, area)) {
    // Pages get the "Access denied" page (403 via forbidden()); form posts and server actions a plain 403.
    if (!isRead) return NextResponse.json({ error: 'Your account does not have access to this area' }, { status: 403 });
    return NextResponse.rewrite(new URL('/access-denied', request.url));
  }
  if (isRead && (await databaseDown(request.nextUrl.origin))) return serviceUnavailable(request);
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};
