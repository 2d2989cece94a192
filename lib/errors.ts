/**
 * Why: one error type for every refusal meant for the caller. A service throws `AppError(code, message)`; the
 * page's action, the JSON route and the CLI show `message` and map `code` to an HTTP status through the one table
 * below, without knowing which service failed. The same file tells "a store is down" (→ 503 and a calm message)
 * from a bug (→ logged, generic error).
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  /** A named service is down and the message says which (e.g. the job queue): shown as it is. */
  SERVICE_UNAVAILABLE: 503,
  /** A store is down and the message is for the log only: the user sees SERVICE_UNAVAILABLE_MESSAGE. */
  STORE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

export class AppError extends Error {
  override name = 'AppError';
  readonly status: ErrorStatus;
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.status = ERROR_STATUS[code];
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** A refusal the caller can act on (4xx): its message is shown as it is. */
export function isCallerError(error: unknown): error is AppError {
  return error instanceof AppError && error.status < 500;
}

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

/** A store that did not answer (e.g. Redis): a 503 whose message is for the log. */
export function storeUnavailable(what: string, options?: { cause?: unknown }): AppError {
  return new AppError('STORE_UNAVAILABLE', `${what} is unavailable`, options);
}

export function isServiceUnavailable(error: unknown): boolean {
  type Cause = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; err?: unknown };
  // Auth.js wraps errors thrown in authorize() as { cause: { err } }.
  for (let e = error as Cause | undefined, depth = 0; e && depth < 6; e = (e.cause ?? e.err) as Cause | undefined, depth++) {
    if ((e as unknown) instanceof AppError && (e as AppError).status === 503) return true;
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.name === 'string' && /MongoServerSelectionError|MongoNetworkError/.test(e.name)) return true;
    if (typeof e.message === 'string' && /Connection is closed|Stream isn't writeable|enableOfflineQueue|max retries/i.test(e.message)) return true;
  }
  return false;
}

/** What to tell the user about an outage: the error's own sentence when it names the service (a 503 such as the
 * job queue's), otherwise the generic message. The page, its action and the JSON route say the same thing. */
export function unavailableMessage(error: unknown): string {
  return isAppError(error, 'SERVICE_UNAVAILABLE') ? error.message : SERVICE_UNAVAILABLE_MESSAGE;
}
