/**
 * Why: every JSON route goes through one guard and one error-response helper, so none can forget a check:
 * state-changing requests must come from our own origin (Origin, else Sec-Fetch-Site) and carry JSON when they
 * have a body (403/415 otherwise: a page on another site or port cannot ride a signed-in cookie), the live
 * session and the operation's roles (401/403) checked before the body is read; every refusal has its status and a sentence, never a stack.
 */
import 'server-only';
import { headers } from 'next/headers';
import { guardPermission, guardRoute, type CurrentSession } from '../auth/dal';
import type { Operation } from '../auth/permissions';
import { AppError, isCallerError, isServiceUnavailable, unavailableMessage } from '../errors';
import { clientInfo } from '../request-info';
import { isSameOrigin } from './same-origin';
import { requestLog } from '../request-log';

export type RouteContext = { current: CurrentSession; ip: string | null; body: unknown };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: { 'cache-control': 'no-store' } });
}

export function errorResponse(error: unknown): Response {
  if (isCallerError(error)) return jsonError(error.status, error.message);
  if (isServiceUnavailable(error)) {
    return jsonError(503, unavailableMessage(error));
  }
  void requestLog().then((logger) => logger.error({ err: error }, 'route failed'));
  return jsonError(500, 'Something went wrong; the error was logged');
}

function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  return request.headers.has('transfer-encoding') || (length !== null && length !== '0');
}

async function readJsonBody(request: Request): Promise<unknown> {
  if (!hasBody(request)) return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  try {
    return await request.json();
  } catch {
    throw new AppError('BAD_REQUEST', 'The body is not valid JSON');
  }
}

/**
 * Runs `handler` for a signed-in user allowed `operation` (any signed-in user when null): the cross-site check,
 * then the session and role, and only then the body (an anonymous caller's body is never read); every failure
 * becomes a JSON error response.
 */
export async function guardedRoute(request: Request, operation: Operation | null, handler: (context: RouteContext) => Promise<Response>): Promise<Response> {
  try {
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request))
      return jsonError(403, 'Cross-site request refused: send it from the portal itself (Origin header of this site)');
    const guard = operation ? await guardPermission(operation) : await guardRoute(null);
    if (guard instanceof Response) return guard;
    const body = SAFE_METHODS.has(request.method) ? undefined : await readJsonBody(request);
    return await handler({ current: guard, ip: clientInfo(await headers()).ip, body });
  } catch (error) {
    return errorResponse(error);
  }
}
