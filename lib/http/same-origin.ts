/**
 * Why: one answer to "does this state-changing request come from a page of this origin", for the JSON routes
 * (lib/http/route.ts) and the proxy's check of form posts and server actions. The Origin's host must be the host
 * the browser addressed (X-Forwarded-Host, which Next fills from Host, as Next's own server-action check does).
 * Not `request.url`: Next builds that from its own listen address (http://localhost:PORT). Edge-safe.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return request.headers.get('sec-fetch-site') === 'same-origin';
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host'))?.split(',')[0].trim();
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
