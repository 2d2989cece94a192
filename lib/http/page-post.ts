/**
 * Why: a POST to a page is a server action (fetch-style with a Next-Action header, or a no-JavaScript form post).
 * Next answers a foreign Origin, a body it cannot decode and an oversized chunked body with a 500 and none of the
 * security headers; the proxy refuses them here first with a 4xx and a sentence. Edge-safe.
 */
import { actionTakesNoArguments, isFetchEnvelope, isFormPostEnvelope } from './action-envelope';
import { SERVER_ACTION_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_MB } from './body-limit';
import { isSameOrigin } from './same-origin';

export type Refusal = { status: 400 | 403 | 411 | 413; message: string };

const MALFORMED: Refusal = { status: 400, message: 'The form data could not be read; reload the page and send the form again' };

/** Why the server-action envelope of this POST cannot be decoded, or null (reads a copy of the body). */
export async function envelopeProblem(request: Request): Promise<Refusal | null> {
  const type = request.headers.get('content-type') ?? '';
  const isFetch = request.headers.has('next-action');
  const noArguments = actionTakesNoArguments(request.headers.get('next-action'));
  if (/^multipart\/form-data/i.test(type)) {
    const fields = await request
      .clone()
      .formData()
      .catch(() => null);
    if (fields === null) return MALFORMED;
    return (isFetch ? isFetchEnvelope(fields, noArguments) : isFormPostEnvelope(fields)) ? null : MALFORMED;
  }
  if (!isFetch) return null;
  return isFetchEnvelope(await request.clone().text(), noArguments) ? null : MALFORMED;
}

/** Why this POST to a page must be refused before anything reads its body, or null. */
export function pagePostProblem(request: Request): Refusal | null {
  if (request.headers.has('origin') && !isSameOrigin(request))
    return { status: 403, message: 'Cross-site request refused: send the form from the portal itself' };
  const length = request.headers.get('content-length');
  if (length === null) return { status: 411, message: 'Send the form with a Content-Length' };
  if (Number(length) > SERVER_ACTION_BODY_LIMIT_BYTES) return { status: 413, message: `The request body is larger than ${SERVER_ACTION_BODY_LIMIT_MB} MB` };
  return null;
}
