/** Why: which HTTP methods the portal answers, written once for proxy.ts (edge-safe) and the Node server's TRACE guard. */
export const PAGE_METHODS = ['GET', 'HEAD', 'POST'] as const;
/** Every method some /api route answers; OPTIONS on a route names its own. */
export const API_METHODS = ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'] as const;

export function allowedMethods(pathname: string): string {
  return (pathname.startsWith('/api/') ? API_METHODS : PAGE_METHODS).join(', ');
}
