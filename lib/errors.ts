/** Why: one place that tells "a store is down" (→ 503 and a calm message) from a bug (→ logged, generic error). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'ER_BAD_DB_ERROR',
]);

export const SERVICE_UNAVAILABLE_MESSAGE = 'Service temporarily unavailable. Please try again in a moment.';

export class ServiceUnavailableError extends Error {
  readonly status = 503;
  constructor(what: string, options?: { cause?: unknown }) {
    super(`${what} is unavailable`, options);
  }
}

export function isServiceUnavailable(error: unknown): boolean {
  type Cause = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; err?: unknown };
  // Auth.js wraps errors thrown in authorize() as { cause: { err } }.
  for (let e = error as Cause | undefined, depth = 0; e && depth < 6; e = (e.cause ?? e.err) as Cause | undefined, depth++) {
    if (e instanceof ServiceUnavailableError || (e as { status?: unknown }).status === 503) return true;
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.name === 'string' && /MongoServerSelectionError|MongoNetworkError/.test(e.name)) return true;
    if (typeof e.message === 'string' && /Connection is closed|Stream isn't writeable|enableOfflineQueue|max retries/i.test(e.message)) return true;
  }
  return false;
}

/** What to tell the user about an outage: the error's own sentence when it names the service (a 503 such as the
 * job queue's), otherwise the generic message. The page, its action and the JSON route say the same thing. */
export function unavailableMessage(error: unknown): string {
  const own = error instanceof Error && (error as { status?: unknown }).status === 503 && !(error instanceof ServiceUnavailableError);
  return own ? (error as Error).message : SERVICE_UNAVAILABLE_MESSAGE;
}
