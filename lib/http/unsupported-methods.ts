/**
 * Why: a TRACE request never reaches the proxy or a route: Next builds a WHATWG Request for it, whose constructor
 * throws ("'TRACE' HTTP method is unsupported"), and the client gets a 500. So the Node HTTP server answers such
 * methods itself, with 405 and the methods the portal does answer, before Next sees them. (Other unknown methods
 * are answered by proxy.ts for pages and by Next's route handlers, with an Allow list from OPTIONS, for /api.)
 */
import http from 'node:http';
import { allowedMethods } from './methods';
import { STATIC_SECURITY_HEADERS } from './security-headers';

const REFUSED = new Set(['TRACE', 'TRACK', 'CONNECT']);
const patched = Symbol.for('sync-portal.unsupported-methods');

export function refuseUnsupportedMethods(): void {
  const proto = http.Server.prototype as http.Server & { [patched]?: true };
  if (proto[patched]) return;
  proto[patched] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    if (event !== 'request' || !REFUSED.has(request.method ?? '')) return Reflect.apply(emit, this, [event, ...args]) as boolean;
    const pathname = (request.url ?? '/').split('?')[0];
    response.writeHead(405, {
      allow: allowedMethods(pathname),
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    });
    response.end(JSON.stringify({ error: `The ${request.method} method is not allowed` }));
    return true;
  } as typeof proto.emit;
}
