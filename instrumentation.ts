/** Why: Next runs register() once when the server starts; the Node server gets its guard for requests Next cannot parse there (see lib/http/unsupported-requests.ts). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseUnsupportedRequests } = await import('./lib/http/unsupported-requests');
  refuseUnsupportedRequests();
}
