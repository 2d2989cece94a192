import { retryPhrase } from '../auth/throttle';
import { AppError } from '../errors';
import type { SecondFactorResult } from './verify-second-factor';

/** What every form says for a wrong or spent authentication or recovery code. */
export const INVALID_CODE_MESSAGE = 'That code is not right, or it was already used.';

/** The user-facing error once too many wrong codes were tried. */
export function tooManyCodes(retryAfterSeconds: number): AppError {
  return new AppError('TOO_MANY_REQUESTS', `Too many wrong codes. ${retryPhrase(retryAfterSeconds)}`);
}

/** The user-facing error for a refused second factor. */
export function secondFactorRefusal(result: Extract<SecondFactorResult, { ok: false }>): AppError {
  return result.reason === 'rate_limited' ? tooManyCodes(result.retryAfterSeconds ?? 60) : new AppError('BAD_REQUEST', INVALID_CODE_MESSAGE);
}
