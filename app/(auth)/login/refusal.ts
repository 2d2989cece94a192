import { SERVICE_UNAVAILABLE_MESSAGE } from '@/lib/errors';
import { retryPhrase } from '@/lib/auth/throttle';
import { INVALID_CODE_MESSAGE } from '@/lib/mfa/refusal';

const GENERIC_SIGN_IN_ERROR = 'Incorrect email, username or password.';

/** The reason and detail of a refused sign-in's code ("rate_limited:120"). */
export function splitRefusal(code: string): [reason: string, detail: string] {
  const split = code.indexOf(':');
  return split < 0 ? [code, ''] : [code.slice(0, split), code.slice(split + 1)];
}

/** What the sign-in forms say for each refusal the credentials provider gives. */
export function refusalMessage(code: string): string {
  const [reason, detail] = splitRefusal(code);
  if (reason === 'rate_limited') return `Too many failed sign-ins. ${retryPhrase(Number(detail))}`;
  if (reason === 'disabled') return `This account has been disabled${detail ? `: ${detail}` : ''}. Contact an administrator.`;
  if (reason === 'unavailable') return SERVICE_UNAVAILABLE_MESSAGE;
  if (reason === 'invalid_code') return INVALID_CODE_MESSAGE;
  return GENERIC_SIGN_IN_ERROR;
}
