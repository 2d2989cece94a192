import { refreshStatus } from '@/lib/analytics/refresh-status';
import { guardedRoute } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** GET /api/management/refresh-status — whether a figures computation is queued or running, and when the figures were computed. */
export function GET(request: Request) {
  return guardedRoute(request, 'figures.refresh', async () => Response.json(await refreshStatus(), { headers: { 'cache-control': 'no-store' } }));
}
