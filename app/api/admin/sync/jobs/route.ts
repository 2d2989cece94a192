import { z } from 'zod';
import { listSyncJobs, SYNC_JOB_STATES } from '@/lib/queue';
import { guardedRoute } from '@/lib/http/route';
import { queueSync } from '@/lib/sync-ui/queue-sync';

export const dynamic = 'force-dynamic';

const listQuery = z.object({
  state: z.enum(SYNC_JOB_STATES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** GET /api/admin/sync/jobs?state=&page=&pageSize= — newest first, for the live jobs table. */
export function GET(request: Request) {
  return guardedRoute(request, 'sync.view', async () => {
    const query = listQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return Response.json({ error: query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, { status: 400 });
    return Response.json(await listSyncJobs(query.data), { headers: { 'cache-control': 'no-store' } });
  });
}

/** POST /api/admin/sync/jobs with the form's flat fields as JSON — queues a sync (201), 422 on a bad spec, a missing source or a target database clashing in case, 409 on a duplicate. */
export function POST(request: Request) {
  return guardedRoute(request, 'sync.queue', async ({ current, ip, body }) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return Response.json({ error: 'Send the sync spec as a JSON object' }, { status: 400 });
    const outcome = await queueSync(body as Record<string, unknown>, current, ip, 'api');
    if (!outcome.ok) return Response.json({ error: outcome.catalogMessage ?? 'The sync spec is not valid', fieldErrors: outcome.fieldErrors }, { status: 422 });
    return Response.json({ id: outcome.id }, { status: 201 });
  });
}
