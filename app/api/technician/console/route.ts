import { guardedRoute } from '@/lib/http/route';
import { loadConsole } from '@/lib/health/console-snapshot';

export const dynamic = 'force-dynamic';

/** GET /api/technician/console — the console's snapshot (services, queue, jobs needing attention), polled every few seconds. */
export function GET(request: Request) {
  return guardedRoute(request, 'service.health', async () => Response.json(await loadConsole(), { headers: { 'cache-control': 'no-store' } }));
}
