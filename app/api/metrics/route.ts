import { jsonError } from '@/lib/http/route';
import { env } from '@/lib/env';
import { bearerMatches } from '@/lib/metrics/bearer';
import { appMetrics } from '@/lib/metrics/app-metrics';

export const dynamic = 'force-dynamic';

/** GET /api/metrics → Prometheus text for a scraper holding METRICS_TOKEN; 404 while no token is configured. */
export async function GET(request: Request) {
  if (!env.METRICS_TOKEN) return jsonError(404, 'Not found');
  if (!bearerMatches(request.headers.get('authorization'), env.METRICS_TOKEN)) {
    const response = jsonError(401, 'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>"');
    response.headers.set('www-authenticate', 'Bearer realm="metrics"');
    return response;
  }
  const { contentType, body } = await appMetrics();
  return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
}
