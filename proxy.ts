/**
 * Why: the optimistic gate in front of every request. It only reads the session JWT (decoded claims are cached per
 * cookie value, and the cookie is never re-issued), so protected pages cost almost nothing extra here; the real
 * check — session row, user status, role, 2FA enrolment owed — runs on the server in lib/auth/dal.ts. Staff whose
 * token says they still owe 2FA enrolment are sent to it first. Edge-safe imports only.
 * It also answers the sign-in pages and every signed-in page with 503 when MySQL is down (lib/health/database-gate.ts),
 * since a page cannot set its own status; refuses paths with malformed percent-escapes (400), methods no page
 * answers (405; TRACE is answered earlier, lib/http/unsupported-requests.ts) and server-action posts Next would
 * answer with a 500 (foreign Origin, no Content-Length, over the limit, an undecodable envelope:
 * lib/http/page-post.ts) — every refusal with the security headers; drops a
 * client-supplied X-Forwarded-For unless proxies are trusted (lib/request-info.ts); and gives every page its CSP
 * with a fresh nonce.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { areaOfPath, mayOpenArea, PUBLIC_ONLY_PATHS, SIGNED_IN_PATHS } from './lib/auth/roles';
import { readSessionClaims } from './lib/auth/token';
import { env } from './lib/env';
import { ENROL_PATH } from './lib/mfa/policy';
import { databaseDown } from './lib/health/database-gate';
import { PAGE_METHODS } from './lib/http/methods';
import { envelopeProblem, pagePostProblem, type Refusal } from './lib/http/page-post';
import { API_CONTENT_SECURITY_POLICY, HSTS, newNonce, pageContentSecurityPolicy, STATIC_SECURITY_HEADERS } from './lib/http/security-headers';
import { REQUEST_ID_HEADER, untrustedForwardingHeaders } from './lib/request-info';

/** A rewrite cannot carry a status, so the unavailable page is fetched and answered with 503 ourselves (with its own CSP). */
async function serviceUnavailable(request: NextRequest): Promise<NextResponse> {
  const page = await fetch(new URL('/service-unavailable', request.nextUrl.origin), { cache: 'no-store' });
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8', 'retry-after': '30', 'cache-control': 'no-store' });
  const csp = page.headers.get('content-security-policy');
  if (csp) headers.set('content-security-policy', csp);
  return new NextResponse(page.body, { status: 503, headers });
}

/** A refusal answered here carries the security headers itself (nothing after the proxy adds them to it). */
function refuse({ status, message }: { status: number; message: string }, extra: Record<string, string> = {}): NextResponse {
  const headers = new Headers({ 'cache-control': 'no-store', 'content-security-policy': API_CONTENT_SECURITY_POLICY, ...extra });
  for (const { key, value } of STATIC_SECURITY_HEADERS) headers.set(key, value);
  return NextResponse.json({ error: message }, { status, headers });
}

/** Next cannot route a path whose percent-escapes do not decode (it answers 500); nothing of ours has one. */
function hasDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

type Forward = (kind: 'next' | 'rewrite', to?: URL) => Promise<NextResponse>;

/**
 * Continues (or rewrites) with cleaned request headers; pages get their nonce-carrying CSP on request and response.
 * A POST to a page (a server action) has its envelope checked only here, once it is allowed through.
 */
function forwarder(request: NextRequest, isPage: boolean): Forward {
  const requestHeaders = new Headers(request.headers);
  for (const name of untrustedForwardingHeaders(request.headers)) requestHeaders.delete(name);
  const requestId = crypto.randomUUID();
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const https = request.nextUrl.protocol === 'https:';
  const csp = isPage ? pageContentSecurityPolicy(newNonce(), { https, development: env.NODE_ENV === 'development' }) : null;
  if (csp) requestHeaders.set('content-security-policy', csp);
  return async (kind, to) => {
    const problem = isPage && request.method === 'POST' ? await envelopeProblem(request) : null;
    if (problem) return refuse(problem);
    const response =
      kind === 'rewrite' && to
        ? NextResponse.rewrite(to, { request: { headers: requestHeaders } })
        : NextResponse.next({ request: { headers: requestHeaders } });
    if (csp) response.headers.set('content-security-policy', csp);
    response.headers.set(REQUEST_ID_HEADER, requestId);
    if (https) response.headers.set('strict-transport-security', HSTS);
    return response;
  };
}

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith('/api/');

  if (!hasDecodablePath(pathname)) return refuse({ status: 400, message: 'The address has a malformed percent-escape' });
  if (!isApi && !(PAGE_METHODS as readonly string[]).includes(request.method))
    return refuse({ status: 405, message: 'Method not allowed' }, { allow: PAGE_METHODS.join(', ') });
  const postProblem: Refusal | null = !isApi && request.method === 'POST' ? pagePostProblem(request) : null;
  if (postProblem) return refuse(postProblem);

  const forward = forwarder(request, !isApi);
  if (isApi) return forward('next');

  if (PUBLIC_ONLY_PATHS.includes(pathname)) {
    if (request.method === 'GET' && (await databaseDown(request.nextUrl.origin))) return serviceUnavailable(request);
    return forward('next');
  }

  const area = areaOfPath(pathname);
  const needsSession = area !== null || SIGNED_IN_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!needsSession) return forward('next');

  const claims = await readSessionClaims((name) => request.cookies.get(name)?.value);
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (!claims && !isRead) return refuse({ status: 401, message: 'Sign in to continue' });
  if (!claims) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // Staff who owe 2FA enrolment (MFA_REQUIRED_ROLES) see no other page first. Posts pass: a server action is named by
  // its id, not the page it is posted to (the enrolment form may post to the address the sign-in landed on), and
  // every action checks the same from MySQL (lib/auth/dal.ts).
  if (claims.enrol && isRead && pathname !== ENROL_PATH && !pathname.startsWith(`${ENROL_PATH}/`))
    return NextResponse.redirect(new URL(`${ENROL_PATH}?setup=required`, request.url));
  if (area && !mayOpenArea(claims.role, area)) {
    // Pages get the "Access denied" page (403 via forbidden()); form posts and server actions a plain 403.
    if (!isRead) return refuse({ status: 403, message: 'Your account does not have access to this area' });
    return forward('rewrite', new URL('/access-denied', request.url));
  }
  if (isRead && (await databaseDown(request.nextUrl.origin))) return serviceUnavailable(request);
  return forward('next');
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
