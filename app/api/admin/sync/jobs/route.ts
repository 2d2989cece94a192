import { guardedRoute, jsonError } from '@/lib/http/route';
import { parseRunQuery } from '@/lib/runs/page-query';
import { actorOf } from '@/lib/auth/actor';
import { queueSync } from '@/lib/sync-jobs/queue-sync';
import { parseSyncSpecFields } from '@/lib/validation/sync';

export const dynamic = 'force-dynamic';

/** GET /api/admin/sync/jobs?state=&q=&who=&from=&to=&page=&pageSize= — the run history from MySQL, newest first, with live progress. */
export function GET(request: Request) {
  return guardedRoute(request, 'sync.view', async () => {
    const query = parseRunQuery(new URL(request.url).searchParams);
    if (!query.ok) return jsonError(400, query.error);
    return Response.json(await query.list(), { headers: { 'cache-control': 'no-store' } });
  });
}

/** POST /api/admin/sync/jobs with the form's flat fields as JSON — queues a sync (201), 422 on a bad spec, a missing source or a target database clashing in case, 409 on a duplicate. */
export function POST(request: Request) {
  return guardedRoute(request, 'sync.queue', async ({ current, ip, body }) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return Response.json({ error: 'Send the sync spec as a JSON object' }, { status: 400 });
    const parsed = parseSyncSpecFields(body as Record<string, unknown>);
    if (!parsed.success) return Response.json({ error: 'The sync spec is not valid', fieldErrors: parsed.fieldErrors }, { status: 422 });
    const outcome = await queueSync(parsed.data, actorOf(current, ip), 'api');
    if (!outcome.ok) return Response.json({ error: outcome.catalogMessage ?? 'The sync spec is not valid', fieldErrors: outcome.fieldErrors }, { status: 422 });
    return Response.json({ id: outcome.id }, { status: 201 });
  });
}
