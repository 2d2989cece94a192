import { actorOf } from '@/lib/auth/actor';
import { guardedRoute } from '@/lib/http/route';
import { getSyncJobOrThrow, loadSyncJobView } from '@/lib/queue';
import { performJobOperation } from '@/lib/sync-jobs/job-operation';

export const dynamic = 'force-dynamic';
type Params = { params: Promise<{ id: string }> };

/** GET /api/admin/sync/jobs/:id — the job with its logs, for the live detail page. */
export function GET(request: Request, { params }: Params) {
  return guardedRoute(request, 'sync.view', async () => {
    const job = await getSyncJobOrThrow((await params).id);
    return Response.json(await loadSyncJobView(job), { headers: { 'cache-control': 'no-store' } });
  });
}

/** DELETE /api/admin/sync/jobs/:id — removes a job that is not running (409 otherwise). */
export function DELETE(request: Request, { params }: Params) {
  return guardedRoute(request, 'sync.remove', async ({ current, ip }) =>
    Response.json(await performJobOperation('remove', (await params).id, actorOf(current, ip))),
  );
}
