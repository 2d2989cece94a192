/**
 * Why: a queue operation must not hang an HTTP request while Redis is down: it fails fast with the one 503 the
 * page, the API routes and the CLI all show.
 */
import { AppError, isAppError, isServiceUnavailable } from '../errors';

export const QUEUE_UNAVAILABLE = 'the job queue (Redis) is not reachable; try again in a moment';

const TIMEOUT_MS = 3_000;

/** Runs a queue operation, turning a Redis outage (error or no answer in time) into a SERVICE_UNAVAILABLE AppError. */
export async function failFast<T>(operation: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('SERVICE_UNAVAILABLE', QUEUE_UNAVAILABLE)), TIMEOUT_MS);
  });
  try {
    return await Promise.race([operation(), timeout]);
  } catch (error) {
    if (isAppError(error) && error.code !== 'STORE_UNAVAILABLE') throw error;
    if (isServiceUnavailable(error)) throw new AppError('SERVICE_UNAVAILABLE', QUEUE_UNAVAILABLE);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
