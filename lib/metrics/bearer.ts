/**
 * Why: the metrics route is for a scraper, not a person: it opens with a bearer token instead of a session. The
 * comparison hashes both sides first, so it takes the same time whatever the guess and however long it is.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether the Authorization header carries exactly `Bearer <expected>`. */
export function bearerMatches(authorization: string | null, expected: string): boolean {
  const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(expected)) && match !== null;
}
