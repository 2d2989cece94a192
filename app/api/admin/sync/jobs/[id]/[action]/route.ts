import { actorOf } from '@/lib/auth/actor';
import { guardedRoute } from '@/lib/http/route';
import { JOB_OPERATIONS, performJobOperation, permissionFor, type JobOperation } from '@/lib/sync-jobs/job-operation';

type Params = { params: Promise<{ id: string; action: string }> };

/** POST /api/admin/sync/jobs/:id/(cancel|retry|run-again) — 404 unknown job, 409 when its state forbids it. */
export async function POST(request: Request, { params }: Params) {
  const { id, action } = await params;
  if (!(JOB_OPERATIONS as readonly string[]).includes(action) || action === 'remove') {
    return Response.json({ error: `Unknown action "${action}"; use cancel, retry or run-again (DELETE removes)` }, { status: 404 });
  }
  const operation = action as JobOperation;
  return guardedRoute(request, permissionFor(operation), async ({ current, ip }) =>
    Response.json(await performJobOperation(operation, id, actorOf(current, ip))),
  );
}
