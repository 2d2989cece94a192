/**
 * Why: the browser-side defences every response carries, written once. The CSP allows scripts only with the
 * per-request nonce the proxy mints (Next stamps it on its own scripts; 'strict-dynamic' lets those load their
 * chunks). Styles keep 'unsafe-inline': React `style={…}` attributes (progress bars, Recharts) cannot carry a
 * nonce, and injected CSS cannot run code. Edge-safe: used by proxy.ts and next.config.ts.
 */

/** Headers that never change: sent on every response (pages, JSON, static files) through next.config.ts. */
export const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
] as const;

/** For JSON and other non-HTML answers: nothing may load from them or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const HSTS = 'max-age=63072000; includeSubDomains';

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

export function pageContentSecurityPolicy(nonce: string, { https, development }: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
