import { retryPhrase } from '../auth/throttle';
import { AppError } from '../errors';
import type { SecondFactorResult } from './verify-second-factor';

/** The user-facing error for a refused second factor. */
export function secondFactorRefusal(result: Extract<SecondFactorResult, { ok: false }>): AppError {
  return result.reason === 'rate_limited'
    ? new AppError('TOO_MANY_REQUESTS', `Too many wrong codes. ${retryPhrase(result.retryAfterSeconds ?? 60)}`)
    : new AppError('BAD_REQUEST', 'That code is not right, or it was already used.');
}
