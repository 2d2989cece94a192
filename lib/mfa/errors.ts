/** Why: a refused two-factor operation carries a machine-readable code, an HTTP status and a sentence for the user. */
export type MfaErrorCode =
  'not_found' | 'already_enrolled' | 'not_enrolled' | 'no_pending' | 'invalid_code' | 'invalid_password' | 'rate_limited' | 'forbidden';

const STATUS: Record<MfaErrorCode, 400 | 403 | 404 | 409 | 429> = {
  not_found: 404,
  already_enrolled: 409,
  not_enrolled: 409,
  no_pending: 409,
  invalid_code: 400,
  invalid_password: 400,
  rate_limited: 429,
  forbidden: 403,
};

export class MfaError extends Error {
  override name = 'MfaError';
  readonly status: 400 | 403 | 404 | 409 | 429;
  constructor(
    readonly code: MfaErrorCode,
    message: string,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}
