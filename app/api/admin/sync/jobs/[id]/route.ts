import { headers } from 'next/headers';
import { getSyncJobOr404, loadSyncJobView } from '@/lib/queue';
import { clientInfo } from '@/lib/request-info';
import { performJobOperation } from '@/lib/sync-ui/job-operations';
import { asAdmin } from '@/lib/sync-ui/route-helpers';

export const dynamic = 'force-dynamic';
type Params = { params: Promise<{ id: string }> };

/** GET /api/admin/sync/jobs/:id — the job with its logs, for the live detail page. */
export function GET(_request: Request, { params }: Params) {
  return asAdmin(async () => {
    const job = await getSyncJobOr404((await params).id);
    return Response.json(await loadSyncJobView(job), { headers: { 'cache-control': 'no-store' } });
  });
}

/** DELETE /api/admin/sync/jobs/:id — removes a job that is not running (409 otherwise). */
export function DELETE(_request: Request, { params }: Params) {
  return asAdmin(async (current) => Response.json(await performJobOperation('remove', (await params).id, current, clientInfo(await headers()).ip)));
}
