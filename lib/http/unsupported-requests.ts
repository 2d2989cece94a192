/**
 * Why: two kinds of request never reach the proxy or a route, because Next fails on them before either runs and
 * the client gets a bare 500 without the security headers: a TRACE (Next builds a WHATWG Request, whose
 * constructor throws "'TRACE' HTTP method is unsupported") and a request target that is not a path (`OPTIONS *`,
 * `GET *`, an absolute-form URL: `new URL('*')` throws). `next start` creates its HTTP server itself and offers no
 * hook before its own request handler, so this is the one global hook of the portal: `http.Server.prototype.emit`
 * answers those requests (405 with the methods the portal answers; 400) and hands every other request on untouched.
 * (Other unknown methods are answered by proxy.ts for pages and by Next's route handlers for /api.)
 */
import http from 'node:http';
import { allowedMethods } from './methods';
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from './security-headers';

const REFUSED = new Set(['TRACE', 'TRACK', 'CONNECT']);
const patched = Symbol.for('sync-portal.unsupported-requests');

function answer(response: http.ServerResponse, status: 400 | 405, error: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...extra,
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'content-security-policy': API_CONTENT_SECURITY_POLICY,
    ...Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
  });
  response.end(JSON.stringify({ error }));
}

/** Answers the request itself when Next cannot; false hands it on. */
function answered(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const target = request.url ?? '';
  if (!target.startsWith('/')) {
    answer(response, 400, 'The request target must be a path such as /');
    return true;
  }
  if (!REFUSED.has(request.method ?? '')) return false;
  answer(response, 405, `The ${request.method} method is not allowed`, { allow: allowedMethods(target.split('?')[0]) });
  return true;
}

export function refuseUnsupportedRequests(): void {
  const proto = http.Server.prototype as http.Server & { [patched]?: true };
  if (proto[patched]) return;
  proto[patched] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request' && answered(...(args as [http.IncomingMessage, http.ServerResponse]))) return true;
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}
