/**
 * Why: every job operation refuses with an HTTP status and a sentence an admin can act on; the page, the API
 * routes and the CLI all print `message` and map `status` without knowing which operation failed.
 */
import { isServiceUnavailable } from '../errors';

export type SyncJobErrorStatus = 400 | 404 | 409 | 503;

export class SyncJobError extends Error {
  override name = 'SyncJobError';
  constructor(
    readonly status: SyncJobErrorStatus,
    message: string,
  ) {
    super(message);
  }
}

export function isSyncJobError(error: unknown): error is SyncJobError {
  return error instanceof SyncJobError;
}

export const QUEUE_UNAVAILABLE = 'the job queue (Redis) is not reachable; try again in a moment';

const TIMEOUT_MS = 3_000;

/** Runs a queue operation, turning a Redis outage (error or no answer in time) into a 503 SyncJobError. */
export async function failFast<T>(operation: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SyncJobError(503, QUEUE_UNAVAILABLE)), TIMEOUT_MS);
  });
  try {
    return await Promise.race([operation(), timeout]);
  } catch (error) {
    if (isSyncJobError(error)) throw error;
    if (isServiceUnavailable(error)) throw new SyncJobError(503, QUEUE_UNAVAILABLE);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
