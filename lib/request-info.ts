/**
 * Why: audit rows, sessions and throttling all need the caller's address and user agent, read the same way — and
 * the address must not be whatever a client writes into X-Forwarded-For. `next start` fills X-Forwarded-For
 * with the socket address only when the request carries none (next/dist/server/base-server.js: `??=`), so with
 * no trusted proxy (TRUSTED_PROXY_HOPS=0) proxy.ts removes the client's header and Next writes the socket address;
 * with N trusted proxies, each appending what it saw, the N-th entry from the right is the client. Edge-safe.
 */
import { env } from './env';

export type ClientInfo = { ip: string | null; userAgent: string | null };

/** The id proxy.ts gives every request (replacing any a client sent); audit rows and log lines carry it. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Request headers proxy.ts must drop before Next fills in the socket address. */
export function untrustedForwardingHeaders(headers: Headers): string[] {
  if (env.TRUSTED_PROXY_HOPS > 0) return [];
  return ['x-forwarded-for', 'x-real-ip'].filter((name) => headers.has(name));
}

export function clientAddress(headers: Headers): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - Math.max(1, env.TRUSTED_PROXY_HOPS))].slice(0, 45);
}

export function clientInfo(headers: Headers): ClientInfo {
  return { ip: clientAddress(headers), userAgent: headers.get('user-agent')?.slice(0, 500) ?? null };
}
