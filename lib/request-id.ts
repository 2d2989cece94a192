/**
 * Why: an audit row and the log lines of the request that wrote it share one id (set by proxy.ts), so an operator
 * can go from one to the other. Read from the request's headers where there is a request; null in the worker,
 * the CLIs and tests, where next/headers has no request to read.
 */
import { REQUEST_ID_HEADER } from './request-info';

let nextHeaders: Promise<typeof import('next/headers')> | undefined;

export async function currentRequestId(): Promise<string | null> {
  try {
    const { headers } = await (nextHeaders ??= import('next/headers'));
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    return null;
  }
}
