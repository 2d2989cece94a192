import { headers } from 'next/headers';
import { z } from 'zod';
import { listSyncJobs, SYNC_JOB_STATES } from '@/lib/queue';
import { clientInfo } from '@/lib/request-info';
import { queueSync } from '@/lib/sync-ui/queue-sync';
import { asAdmin } from '@/lib/sync-ui/route-helpers';

export const dynamic = 'force-dynamic';

const listQuery = z.object({
  state: z.enum(SYNC_JOB_STATES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** GET /api/admin/sync/jobs?state=&page=&pageSize= — newest first, for the live jobs table. */
export function GET(request: Request) {
  return asAdmin(async () => {
    const query = listQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return Response.json({ error: query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, { status: 400 });
    return Response.json(await listSyncJobs(query.data), { headers: { 'cache-control': 'no-store' } });
  });
}

/** POST /api/admin/sync/jobs with the form's flat fields as JSON — queues a sync (201), 422 on a bad spec or a missing source, 409 on a duplicate. */
export function POST(request: Request) {
  return asAdmin(async (current) => {
    const body: unknown = await request.json().catch(() => null);
    if (typeof body !== 'object' || body === null) return Response.json({ error: 'Send the sync spec as a JSON object' }, { status: 400 });
    const outcome = await queueSync(body as Record<string, unknown>, current, clientInfo(await headers()).ip, 'api');
    if (!outcome.ok) return Response.json({ error: outcome.missingSource ?? 'The sync spec is not valid', fieldErrors: outcome.fieldErrors }, { status: 422 });
    return Response.json({ id: outcome.id }, { status: 201 });
  });
}
