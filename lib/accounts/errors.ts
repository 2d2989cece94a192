/** Why: an account operation refuses with a status and a sentence the admin or user can act on (forms show it). */
export class AccountError extends Error {
  override name = 'AccountError';
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 429,
    message: string,
  ) {
    super(message);
  }
}

/** Who is acting and from where: every account operation audits both. */
export type Actor = { id: number; ip: string | null };
