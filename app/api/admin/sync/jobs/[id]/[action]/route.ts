import { headers } from 'next/headers';
import { clientInfo } from '@/lib/request-info';
import { JOB_OPERATIONS, performJobOperation, type JobOperation } from '@/lib/sync-ui/job-operations';
import { asAdmin } from '@/lib/sync-ui/route-helpers';

type Params = { params: Promise<{ id: string; action: string }> };

/** POST /api/admin/sync/jobs/:id/(cancel|retry|run-again) — 404 unknown job, 409 when its state forbids it. */
export function POST(_request: Request, { params }: Params) {
  return asAdmin(async (current) => {
    const { id, action } = await params;
    if (!(JOB_OPERATIONS as readonly string[]).includes(action) || action === 'remove') {
      return Response.json({ error: `Unknown action "${action}"; use cancel, retry or run-again (DELETE removes)` }, { status: 404 });
    }
    return Response.json(await performJobOperation(action as JobOperation, id, current, clientInfo(await headers()).ip));
  });
}
