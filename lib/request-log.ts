/**
 * Why: the log lines a request writes carry the id proxy.ts gave it (the one its audit rows carry), so an operator
 * can go from an audit row to everything the server logged while serving it, and back. Outside a request (the
 * worker, the CLIs) this is the plain logger.
 */
import { log, type Logger } from './log';
import { currentRequestId } from './request-id';

/** A child of the server logger bound to this request's id and any other ids given (userId, jobId, …). */
export async function requestLog(bindings: Record<string, unknown> = {}): Promise<Logger> {
  const requestId = await currentRequestId();
  return log.child(requestId ? { requestId, ...bindings } : bindings);
}
