/**
 * Why: the admin sync JSON routes share one guard and one error-response helper, so every refusal — signed out,
 * wrong role, unknown job, wrong state, queue down — has its status and a readable message, never a stack.
 */
import 'server-only';
import { guardRoute, type CurrentSession } from '../auth/dal';
import { isServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../errors';
import { isSyncJobError } from '../queue/errors';

export function errorResponse(error: unknown): Response {
  if (isSyncJobError(error)) return Response.json({ error: error.message }, { status: error.status });
  if (isServiceUnavailable(error)) return Response.json({ error: SERVICE_UNAVAILABLE_MESSAGE }, { status: 503 });
  console.error('[api/admin/sync]', error);
  return Response.json({ error: 'Something went wrong; the error was logged' }, { status: 500 });
}

/** Runs `handler` for an admin, turning every failure into an error response. */
export async function asAdmin(handler: (current: CurrentSession) => Promise<Response>): Promise<Response> {
  try {
    const guard = await guardRoute('admin');
    if (guard instanceof Response) return guard;
    return await handler(guard);
  } catch (error) {
    return errorResponse(error);
  }
}
