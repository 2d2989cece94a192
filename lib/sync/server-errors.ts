/**
 * Why: a query the server cannot run (FerretDB: "The operator $gt is not implemented yet"; any server: a bad
 * value or an unparsable query) fails the same way on every attempt. It is a configuration error — no retries —
 * and its message names the operator, so the admin knows what to change. The worker classifies a failed attempt
 * here, and the queueing service's filter probe uses the same rule before a job exists.
 */
import { MongoServerError } from 'mongodb';
import { SyncConfigError } from './errors';

/** BadValue, FailedToParse, NotImplemented. */
const QUERY_REFUSED = new Set([2, 9, 238]);

export function unrunnableQueryError(error: unknown): SyncConfigError | null {
  if (!(error instanceof MongoServerError) || !QUERY_REFUSED.has(Number(error.code))) return null;
  const reason = error.message.split(' :: caused by :: ').at(-1)!;
  const operator = /\$[A-Za-z]+/.exec(reason)?.[0];
  return new SyncConfigError(`${operator ? `the server cannot run the operator ${operator}` : 'the server refused the query'}: ${reason}`);
}
