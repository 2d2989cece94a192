import { retryPhrase } from '../auth/throttle';
import { MfaError } from './errors';
import type { SecondFactorResult } from './verify-second-factor';

/** The user-facing error for a refused second factor. */
export function secondFactorRefusal(result: Extract<SecondFactorResult, { ok: false }>): MfaError {
  return result.reason === 'rate_limited'
    ? new MfaError('rate_limited', `Too many wrong codes. ${retryPhrase(result.retryAfterSeconds ?? 60)}`)
    : new MfaError('invalid_code', 'That code is not right, or it was already used.');
}
